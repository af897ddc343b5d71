package io.vpcgate.model;

/**
 * A regional forwarding rule ({@code google_compute_forwarding_rule}), kept to what a Private Service
 * Connect endpoint needs: its network, its internal address and its target (a service attachment for a
 * PSC endpoint to a published service).
 */
public record ForwardingRule(Origin origin, ResourceId id, Attr<NetworkRef> network, Attr<String> target,
    Attr<String> ipAddress) implements Networked {
  public static final String KIND = "forwarding_rule";
  public static final Field NAME = new Field("name");
  public static final Field TARGET = new Field("target");

  @Override
  public String terraformType() {
    return "google_compute_forwarding_rule";
  }

  /** Whether it targets {@code serviceAttachment} ({@code projects/P/regions/R/serviceAttachments/S}, any URL form). */
  public boolean targets(String serviceAttachment) {
    return target.known().map(t -> tail(t).equals(tail(serviceAttachment))).orElse(false);
  }

  private static String tail(String link) {
    int i = link.indexOf("projects/");
    return i < 0 ? link : link.substring(i);
  }
}
