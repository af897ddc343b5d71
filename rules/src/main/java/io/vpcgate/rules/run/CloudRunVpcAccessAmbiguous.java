package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.Workload;
import io.vpcgate.model.CloudRunService.ApiVersion;
import io.vpcgate.rules.Setting;
import java.util.Optional;
import java.util.stream.Stream;

/** CR-01: a v2 vpc_access block sets exactly one of connector and network_interfaces. */
@RuleInfo(
    id = "CR-01",
    summary = "Cloud Run vpc_access sets both or neither of connector and network_interfaces",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunVpcAccessAmbiguous implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunService.class).stream()
        .filter(s -> s.apiVersion() == ApiVersion.V2 && s.egress().declared())
        .flatMap(s -> finding(ctx, s).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, CloudRunService s) {
    EgressPath p = s.egress();
    Setting connectorSetting = Setting.of(s, Workload.CONNECTOR, p.connector());
    Setting interfacesSetting = Setting.of(s, Workload.NETWORK_INTERFACES, p.interfaceCount());
    boolean connector = connectorSetting != Setting.UNSET;
    boolean interfaces = interfacesSetting != Setting.UNSET;
    if (connectorSetting == Setting.SET && interfacesSetting == Setting.SET) {
      return Optional.of(ctx.finding(s, CloudRunService.FIRST_NETWORK_INTERFACE)
          .message("Service %s: vpc_access sets both connector and network_interfaces; the API accepts \"one and "
              + "only one of connector and network_interfaces\"", s.address())
          .remediation("Keep either the connector (Serverless VPC Access) or network_interfaces (Direct VPC egress)")
          .build());
    }
    if (connectorSetting == Setting.UNKNOWN || interfacesSetting == Setting.UNKNOWN) {
      ctx.notEvaluated(s, RuleContext.at(s, CloudRunService.VPC_ACCESS), "whether vpc_access sets exactly one of "
          + "connector and network_interfaces: " + (connectorSetting == Setting.UNKNOWN
              ? Setting.unknownReason("connector", p.connector())
              : Setting.unknownReason("network_interfaces", p.interfaceCount())));
      return Optional.empty();
    }
    if (!connector && !interfaces) {
      return Optional.of(ctx.finding(s, CloudRunService.VPC_ACCESS)
          .message("Service %s: vpc_access sets neither connector nor network_interfaces; the API requires one of "
              + "them, and egress alone routes nothing", s.address())
          .remediation("Add connector = \"projects/<project>/locations/<region>/connectors/<name>\" or a "
              + "network_interfaces block, or remove vpc_access")
          .build());
    }
    return Optional.empty();
  }
}
