package io.vpcgate.rules.appengine;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * GAE-01: an App Engine standard version's {@code vpc_access_connector} must name its egress as the
 * App Engine Admin API spells it ({@code PRIVATE_IP_RANGES} or {@code ALL_TRAFFIC}; the provider
 * passes the string through unchecked) and the connector by its full name ({@code
 * projects/P/locations/R/connectors/C}). Values unknown before apply are not judged.
 */
@RuleInfo(
    id = "GAE-01",
    summary = "App Engine vpc_access_connector egress setting or name is invalid",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {AppEngineVersion.class})
public final class AppEngineConnectorInvalid implements Rule {
  private static final java.util.Set<String> ACCEPTED =
      java.util.Set.of("PRIVATE_IP_RANGES", "ALL_TRAFFIC", "EGRESS_SETTING_UNSPECIFIED");
  private static final Pattern FULL_NAME = Pattern.compile("^/?projects/[^/]+/locations/[^/]+/connectors/[^/]+$");
  /** What people write instead, from app.yaml and from Cloud Run, and what the API means by it. */
  private static final Map<String, String> NEAR = Map.of("PRIVATE_RANGES_ONLY", "PRIVATE_IP_RANGES",
      "private-ip-ranges", "PRIVATE_IP_RANGES", "all-traffic", "ALL_TRAFFIC", "private-ranges-only",
      "PRIVATE_IP_RANGES");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(AppEngineVersion.class).stream()
        .filter(v -> v.egress().declared() && !v.egress().connector().isAbsent())
        .flatMap(v -> findings(ctx, v).stream());
  }

  private static List<Finding> findings(RuleContext ctx, AppEngineVersion v) {
    List<Finding> out = new ArrayList<>();
    v.egress().setting().known().filter(e -> !ACCEPTED.contains(e))
        .ifPresent(e -> out.add(ctx.finding(v, AppEngineVersion.CONNECTOR_EGRESS)
            .message("Version %s: egress_setting \"%s\" is not PRIVATE_IP_RANGES or ALL_TRAFFIC, the values the App "
                + "Engine Admin API accepts", v.address(), e)
            .remediation("Set egress_setting = \"%s\"", NEAR.getOrDefault(e, "PRIVATE_IP_RANGES"))
            .build()));
    if (v.egress().setting().isUnknown()) {
      ctx.notEvaluated(v, RuleContext.at(v, AppEngineVersion.CONNECTOR_EGRESS),
          "whether egress_setting is PRIVATE_IP_RANGES or ALL_TRAFFIC: it is not known before apply");
    }
    v.egress().connector().known().filter(n -> !FULL_NAME.matcher(n).matches())
        .ifPresent(n -> out.add(ctx.finding(v, Workload.CONNECTOR).severity(Severity.WARNING)
            .message("Version %s: vpc_access_connector name \"%s\" is not a full connector name; App Engine takes "
                + "projects/PROJECT/locations/REGION/connectors/NAME", v.address(), n)
            .remediation("Set name = \"projects/%s/locations/<region>/connectors/%s\" (a connector's id attribute)",
                v.id().projectOr("<project>"), n.isEmpty() ? "<name>" : n.substring(n.lastIndexOf('/') + 1))
            .build()));
    if (v.egress().connector().isUnknown()) {
      ctx.notEvaluated(v, RuleContext.at(v, Workload.CONNECTOR),
          "whether vpc_access_connector names a connector by its full name: the name is not known before apply");
    }
    return out;
  }
}
