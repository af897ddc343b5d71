package io.vpcgate.input.snapshot;

/** A known asset type whose data does not have the REST API's shape. */
final class MalformedAssetException extends RuntimeException {
  MalformedAssetException(String message) {
    super(message);
  }
}
