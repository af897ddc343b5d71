package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.Container;
import io.vpcgate.model.CloudRunService.Probe;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CR-07: startup probes allow at most 240 s for initialDelaySeconds and periodSeconds, and a
 * failureThreshold x periodSeconds window of 240 s; liveness probes allow 3600 s; timeout must not
 * exceed the period. Unset fields take the API defaults (period 10, timeout 1, threshold 3).
 */
@RuleInfo(
    id = "CR-07",
    summary = "Cloud Run probe exceeds the platform's startup or liveness limits",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunProbeLimits implements Rule {
  static final int STARTUP_MAX = 240;
  static final int LIVENESS_MAX = 3600;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      for (Container c : s.containers()) {
        check(ctx, s, c.startupProbe(), "startup", STARTUP_MAX, out);
        check(ctx, s, c.livenessProbe(), "liveness", LIVENESS_MAX, out);
      }
    }
    return out.stream();
  }

  private static void check(RuleContext ctx, CloudRunService s, Probe p, String kind, int max, List<Finding> out) {
    if (!p.declared()) {
      return;
    }
    p.initialDelaySeconds().known().filter(d -> d > max || d < 0).ifPresent(d -> out.add(ctx.finding(s, s.origin().at(p.initialDelayPath()))
        .message("Service %s: %s probe initial_delay_seconds = %d exceeds the maximum of %d s", s.address(), kind, d, max)
        .remediation("Set initial_delay_seconds to at most %d", max)
        .build()));
    p.periodSeconds().known().filter(v -> v > max || v < 1).ifPresent(v -> out.add(ctx.finding(s, s.origin().at(p.periodPath()))
        .message("Service %s: %s probe period_seconds = %d is outside 1..%d s", s.address(), kind, v, max)
        .remediation("Set period_seconds between 1 and %d", max)
        .build()));
    int period = p.periodSeconds().orDefault(10).orElse(-1);
    int timeout = p.timeoutSeconds().orDefault(1).orElse(-1);
    int threshold = p.failureThreshold().orDefault(3).orElse(-1);
    if (period > 0 && timeout > 0 && timeout > period) {
      out.add(ctx.finding(s, s.origin().at(p.timeoutPath()))
          .message("Service %s: %s probe timeout_seconds = %d is longer than period_seconds = %d; the API requires "
              + "the period to be at least the timeout", s.address(), kind, timeout, period)
          .remediation("Set timeout_seconds below period_seconds, e.g. timeout_seconds = %d", Math.max(1, period / 2))
          .build());
    }
    if (kind.equals("startup") && period > 0 && period <= max && threshold > 0 && (long) threshold * period > max) {
      int delay = p.initialDelaySeconds().orDefault(0).orElse(0);
      out.add(ctx.finding(s, s.origin().at(p.failureThresholdPath()))
          .message("Service %s: startup probe allows failure_threshold x period_seconds = %d x %d = %d s%s; Cloud "
              + "Run caps that window at %d s (and initial_delay_seconds at %d s), so a container that needs this "
              + "long is shut down", s.address(), threshold, period, (long) threshold * period,
              delay > 0 ? " (+" + delay + " s initial delay)" : "", max, max)
          .remediation("Keep failure_threshold x period_seconds <= %d (e.g. failure_threshold = %d); shorten startup "
              + "(startup CPU boost, lazy initialisation, min instances) rather than lengthening the probe",
              max, Math.max(1, max / period))
          .build());
    }
  }
}
