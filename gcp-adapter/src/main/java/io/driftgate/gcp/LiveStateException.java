package io.driftgate.gcp;

/** A read that failed, with the API it was for; {@link Failures} turns it into one line with a remedy. */
public final class LiveStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Api api;
  private final String what;

  public LiveStateException(Api api, String what, String message, Throwable cause) {
    super(message, cause);
    this.api = api;
    this.what = what;
  }

  public Api api() {
    return api;
  }

  /** What was being read, e.g. "Cloud Run services in acme-prod". */
  public String what() {
    return what;
  }
}
