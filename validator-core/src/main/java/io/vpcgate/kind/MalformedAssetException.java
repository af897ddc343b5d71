package io.vpcgate.kind;

/** A known asset type whose data does not have the REST API's shape. */
public final class MalformedAssetException extends RuntimeException {
  public MalformedAssetException(String message) {
    super(message);
  }
}
