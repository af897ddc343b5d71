package io.vpcgate.input.hcl;

/** An expression that Terraform would reject (wrong type, missing key, bad function call). */
public final class EvalException extends RuntimeException {
  public EvalException(String message) {
    super(message);
  }
}
