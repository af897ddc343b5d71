package io.vpcgate.input;

/**
 * Input that cannot be read or is invalid: the message says what and where ({@code
 * network/vpc.tf:14:3: expected '}' ...}) in one line. Maps to exit code 3.
 */
public final class InputException extends RuntimeException {
  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
