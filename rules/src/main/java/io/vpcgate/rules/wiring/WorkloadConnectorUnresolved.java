package io.vpcgate.rules.wiring;

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
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CR-02: the connector a workload names must exist after deploy (planned in Terraform or live), and
 * a Cloud Run v2 service should name it in full to avoid a perpetual diff.
 */
@RuleInfo(
    id = "CR-02",
    summary = "Workload names a VPC connector that does not exist",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, VpcConnector.class},
    requires = {Input.DESIRED, Input.LIVE})
public final class WorkloadConnectorUnresolved implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(Workload.class).stream().flatMap(s -> findings(ctx, s).stream());
  }

  private static List<Finding> findings(RuleContext ctx, Workload s) {
    List<Finding> out = new ArrayList<>();
    io.vpcgate.model.Field path = Workload.CONNECTOR;
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
            .message("%s: connector \"%s\" does not resolve to an existing or planned connector (looked in "
                + "%s); the deploy fails or the workload has no VPC egress", Subjects.of(s), ref.name(), ref.describe())
            .remediation("Create the connector in %s first, or point the workload at an existing connector's full name",
                ref.describe().substring(0, ref.describe().lastIndexOf('/')))
            .build());
      }
      if (s instanceof CloudRunService run && run.apiVersion() == ApiVersion.V2 && !ref.fullyQualified()) {
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
