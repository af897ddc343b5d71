package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.ApiVersion;
import io.vpcgate.model.ConnectorRef;
import java.util.stream.Stream;

/**
 * CR-03: the connector must be in the service's region. (A different project is legitimate for a
 * Shared VPC host connector, which this rule cannot tell without the host project, so it is not
 * reported.)
 */
@RuleInfo(
    id = "CR-03",
    summary = "Cloud Run service uses a VPC connector in another region",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class})
public final class CloudRunConnectorRegionMismatch implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream().flatMap(s -> ConnectorRef.of(s).stream()
        .filter(ref -> ref.fullyQualified() && ref.region().isKnown() && s.id().region().isKnown()
            && !ref.region().equals(s.id().region()))
        .map(ref -> ctx.finding(s, CloudRunService.CONNECTOR)
            .message("Service %s (%s) uses connector %s in %s; a connector must be in the same region as the "
                + "service, so the deploy fails", s.address(), s.id().regionOr("?"), ref.name(), ref.region().known().get())
            .remediation("Use a connector in %s, e.g. create one there and set connector to "
                + "\"projects/%s/locations/%s/connectors/<name>\"", s.id().regionOr("?"),
                ref.project().known().orElse("<project>"), s.id().regionOr("?"))
            .build()));
  }
}
