package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CR-05: a revision's minimum instance count must not exceed its maximum, and neither may be
 * negative. An unset maximum is the server default of 100 (WIRE-09 counts with it).
 */
@RuleInfo(
    id = "CR-05",
    summary = "Cloud Run minimum instances exceed the maximum",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunScalingBoundsInvalid implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      boolean v2 = s.apiVersion() == ApiVersion.V2;
      String min = v2 ? "min_instance_count" : "autoscaling.knative.dev/minScale";
      String max = v2 ? "max_instance_count" : "autoscaling.knative.dev/maxScale";
      io.vpcgate.model.Field minPath = CloudRunService.MIN_INSTANCES;
      io.vpcgate.model.Field maxPath = CloudRunService.MAX_INSTANCES;
      s.minInstances().known().filter(v -> v < 0).ifPresent(v -> out.add(ctx.finding(s, minPath)
          .message("Service %s: %s = %d is negative", s.address(), min, v)
          .remediation("Set %s to 0 or more", min)
          .build()));
      s.maxInstances().known().filter(v -> v < 0).ifPresent(v -> out.add(ctx.finding(s, maxPath)
          .message("Service %s: %s = %d is negative", s.address(), max, v)
          .remediation("Set %s to 1 or more, or leave it unset (the server default is 100)", max)
          .build()));
      if (s.minInstances().isKnown() && s.maxInstances().isKnown()) {
        int lo = s.minInstances().known().get();
        int hi = s.maxInstances().known().get();
        if (hi > 0 && lo > hi) {
          out.add(ctx.finding(s, minPath)
              .message("Service %s: %s = %d is more than %s = %d; the API rejects the revision", s.address(), min, lo,
                  max, hi)
              .remediation("Lower %s to at most %d, or raise %s to at least %d", min, hi, max, lo)
              .build());
        }
      }
    }
    return out.stream();
  }
}
