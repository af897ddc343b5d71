package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.ApiVersion;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CR-02: the connector a service names must exist after deploy (planned in Terraform or live), and
 * v2 should name it in full to avoid a perpetual diff.
 */
@RuleInfo(
    id = "CR-02",
    summary = "Cloud Run service names a VPC connector that does not exist",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, VpcConnector.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class CloudRunConnectorUnresolved implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream().flatMap(s -> findings(ctx, s).stream());
  }

  private static List<Finding> findings(RuleContext ctx, CloudRunService s) {
    List<Finding> out = new ArrayList<>();
    io.vpcgate.model.Field path = CloudRunService.CONNECTOR;
    ConnectorRef.of(s).ifPresent(ref -> {
      if (ref.usesProjectNumber()) {
        return;
      }
      boolean exists = ctx.world().first(VpcConnector.class, ref.id()).isPresent();
      Optional<String> notRead = exists ? Optional.empty()
          : ctx.notCovered(VpcConnector.KIND, ref.project().known(), ref.region().known());
      if (notRead.isPresent()) {
        // Absent from a read that did not cover it proves nothing (a snapshot of another project, say).
        ctx.notEvaluated(s, RuleContext.at(s, path), "whether connector " + ref.name() + " exists: " + notRead.get());
      } else if (!exists) {
        out.add(ctx.finding(s, path)
            .message("Service %s: connector \"%s\" does not resolve to an existing or planned connector (looked in "
                + "%s); the deploy fails or the service has no VPC egress", s.address(), ref.name(), ref.describe())
            .remediation("Create the connector in %s first, or point the service at an existing connector's full name",
                ref.describe().substring(0, ref.describe().lastIndexOf('/')))
            .build());
      }
      if (s.apiVersion() == ApiVersion.V2 && !ref.fullyQualified()) {
        out.add(ctx.finding(s, path).severity(Severity.WARNING)
            .message("Service %s: connector \"%s\" is a short name; the API returns the full name, so Terraform "
                + "shows a diff on every plan", s.address(), ref.name())
            .remediation("Use the connector's id: connector = google_vpc_access_connector.<name>.id, or "
                + "\"projects/%s/locations/%s/connectors/%s\"", ref.project().known().orElse("<project>"),
                ref.region().known().orElse("<region>"), ref.name())
            .build());
      }
    });
    return out;
  }
}
