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
import java.util.Set;
import java.util.stream.Stream;

/**
 * CR-04: egress must be a value the API knows, set only with a connector or Direct VPC, and v2
 * templates must not carry v1 annotations (the v2 API rejects those namespaces).
 */
@RuleInfo(
    id = "CR-04",
    summary = "Cloud Run egress setting is invalid or has no VPC path to apply to",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunEgressInvalid implements Rule {
  private static final Set<String> V2 = Set.of("ALL_TRAFFIC", "PRIVATE_RANGES_ONLY");
  private static final Set<String> V1 = Set.of("all-traffic", "private-ranges-only");
  private static final List<String> V1_NAMESPACES =
      List.of("run.googleapis.com/", "cloud.googleapis.com/", "serving.knative.dev/", "autoscaling.knative.dev/");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream().flatMap(s -> findings(ctx, s).stream());
  }

  private static List<Finding> findings(RuleContext ctx, CloudRunService s) {
    List<Finding> out = new ArrayList<>();
    boolean v2 = s.apiVersion() == ApiVersion.V2;
    io.vpcgate.model.Field path = CloudRunService.EGRESS;
    s.egress().setting().known().ifPresent(e -> {
      if (v2 && !V2.contains(e)) {
        out.add(ctx.finding(s, path)
            .message("Service %s: egress \"%s\" is not ALL_TRAFFIC or PRIVATE_RANGES_ONLY", s.address(), e)
            .remediation("Set egress = \"PRIVATE_RANGES_ONLY\" (the default) or \"ALL_TRAFFIC\"")
            .build());
      } else if (!v2 && e.equals("all")) {
        out.add(ctx.finding(s, path).severity(Severity.WARNING)
            .message("Service %s: run.googleapis.com/vpc-access-egress = \"all\" is deprecated", s.address())
            .remediation("Use \"all-traffic\"")
            .build());
      } else if (!v2 && !V1.contains(e)) {
        out.add(ctx.finding(s, path)
            .message("Service %s: run.googleapis.com/vpc-access-egress = \"%s\" is not all-traffic or "
                + "private-ranges-only", s.address(), e)
            .remediation("Use \"private-ranges-only\" (the default) or \"all-traffic\"")
            .build());
      }
      if (!v2 && s.egress().certainlyNone()) {
        out.add(ctx.finding(s, path)
            .message("Service %s sets run.googleapis.com/vpc-access-egress but has no connector or network "
                + "interface; the API rejects egress without a VPC path", s.address())
            .remediation("Add run.googleapis.com/vpc-access-connector, or remove the egress annotation")
            .build());
      }
    });
    if (v2) {
      s.templateAnnotations().keySet().stream().sorted()
          .filter(k -> V1_NAMESPACES.stream().anyMatch(k::startsWith))
          .forEach(k -> out.add(ctx.finding(s, CloudRunService.TEMPLATE_ANNOTATIONS)
              .message("Service %s: template annotation \"%s\" is a v1 setting; the v2 API rejects annotations in the "
                  + "run.googleapis.com, cloud.googleapis.com, serving.knative.dev and autoscaling.knative.dev "
                  + "namespaces", s.address(), k)
              .remediation("Use the v2 field instead (e.g. template.vpc_access, template.scaling) and remove the annotation")
              .build()));
    }
    return out;
  }
}
