package io.vpcgate.kinds;

import io.vpcgate.kind.LiveList;
import java.util.Map;

/** What the Compute Engine kinds share: the API and its role, and ids that are paths with a self link. */
final class Compute {
  private static final String API = "https://www.googleapis.com/compute/v1/";

  private Compute() {}

  static LiveList list(String listed, String call, LiveList.Span span) {
    return new LiveList(listed, "compute.googleapis.com", "Compute Engine API", "roles/compute.networkViewer", call, span);
  }

  /** {@code id} is the path, {@code self_link} the API URL of it. */
  static Map<String, String> ids(String path) {
    return Map.of("id", path, "self_link", API + path);
  }
}
