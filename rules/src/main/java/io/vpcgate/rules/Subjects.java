package io.vpcgate.rules;

import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Workload;

/** How messages name a workload: "Service google_cloud_run_v2_service.api", or its kind's title for others. */
public final class Subjects {
  private Subjects() {}

  public static String of(Workload w) {
    String noun = w instanceof CloudRunService ? "Service" : capitalised(Kinds.of(w).title());
    return noun + " " + w.address();
  }

  /** The same, inside a sentence: "service google_cloud_run_v2_service.api". */
  public static String inSentence(Workload w) {
    String s = of(w);
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
