package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.ConnectorRef;
import java.util.stream.Stream;

/**
 * CR-03: the connector must be in the workload's region. (A different project is legitimate for a
 * Shared VPC host connector, which this rule cannot tell without the host project, so it is not
 * reported.)
 */
@RuleInfo(
    id = "CR-03",
    summary = "Workload uses a VPC connector in another region",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class})
public final class WorkloadConnectorRegionMismatch implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(Workload.class).stream().flatMap(s -> ConnectorRef.of(s).stream()
        .filter(ref -> ref.fullyQualified() && ref.region().isKnown() && judgeable(ctx, s, ref))
        .filter(ref -> !ref.region().equals(s.id().region()))
        .map(ref -> ctx.finding(s, Workload.CONNECTOR)
            .message("%s (%s) uses connector %s in %s; a connector must be in the same region as the "
                + "workload that uses it, so the deploy fails", Subjects.of(s), s.id().regionOr("?"), ref.name(),
                ref.region().known().get())
            .remediation("Use a connector in %s, e.g. create one there and set connector to "
                + "\"projects/%s/locations/%s/connectors/<name>\"", s.id().regionOr("?"),
                ref.project().known().orElse("<project>"), s.id().regionOr("?"))
            .build()));
  }

  /** Whether the workload's region is known; says so when it is not (an App Engine version's, from Terraform). */
  private static boolean judgeable(RuleContext ctx, Workload s, ConnectorRef ref) {
    if (s.id().region().isKnown()) {
      return true;
    }
    ctx.notEvaluated(s, RuleContext.at(s, Workload.CONNECTOR), "whether connector " + ref.name() + " ("
        + ref.region().known().orElse("?") + ") is in the workload's region: its region is not known"
        + (s.id().region() instanceof io.vpcgate.model.Attr.Unknown<String> u ? " (" + u.reason() + ")" : ""));
    return false;
  }
}
