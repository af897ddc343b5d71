package io.vpcgate.kind;

/**
 * How the live read lists a kind: what the list is called in progress lines and gaps ("Memorystore
 * instances"), the API's service name (what {@code gcloud services enable} takes), its title, the
 * read-only role that grants the list, the list call, and how one call spans regions.
 */
public record LiveList(String listed, String service, String title, String viewerRole, String call, Span span) {

  /** What one list call covers. */
  public enum Span {
    /** The project's global resources, once per project. */
    GLOBAL,
    /** Every region at once (an aggregated list, or the "-" location). */
    ALL_REGIONS,
    /** One region per call. */
    PER_REGION
  }
}
