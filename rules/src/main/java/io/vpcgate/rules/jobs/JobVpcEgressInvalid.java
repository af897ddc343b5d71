package io.vpcgate.rules.jobs;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunJob;
import io.vpcgate.model.CloudRunWorkerPool;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * JOB-01: a Cloud Run job's or worker pool's {@code vpc_access} must name an egress the v2 API
 * knows (ALL_TRAFFIC or PRIVATE_RANGES_ONLY) and exactly one way into the VPC: a connector or
 * Direct VPC network interfaces. A value unknown before apply is not judged.
 */
@RuleInfo(
    id = "JOB-01",
    summary = "Cloud Run job or worker pool vpc_access egress or path is invalid",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunJob.class, CloudRunWorkerPool.class})
public final class JobVpcEgressInvalid implements Rule {
  private static final Set<String> EGRESS = Set.of(EgressPath.ALL_TRAFFIC, EgressPath.PRIVATE_RANGES_ONLY);

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Workload> subjects = new ArrayList<>(ctx.desired().all(CloudRunJob.class));
    subjects.addAll(ctx.desired().all(CloudRunWorkerPool.class));
    return subjects.stream().filter(w -> w.egress().declared()).flatMap(w -> findings(ctx, w).stream());
  }

  private static String what(Workload w) {
    return (w instanceof CloudRunJob ? "Job " : "Worker pool ") + w.address();
  }

  private static List<Finding> findings(RuleContext ctx, Workload w) {
    List<Finding> out = new ArrayList<>();
    EgressPath p = w.egress();
    p.setting().known().filter(e -> !EGRESS.contains(e)).ifPresent(e -> out.add(ctx.finding(w, Workload.EGRESS)
        .message("%s: egress \"%s\" is not ALL_TRAFFIC or PRIVATE_RANGES_ONLY", what(w), e)
        .remediation("Set egress = \"PRIVATE_RANGES_ONLY\" (the default) or \"ALL_TRAFFIC\"")
        .build()));
    Setting connector = Setting.of(w, Workload.CONNECTOR, p.connector());
    Setting interfaces = Setting.of(w, Workload.NETWORK_INTERFACES, p.interfaceCount());
    if (connector == Setting.SET && interfaces == Setting.SET) {
      out.add(ctx.finding(w, Workload.FIRST_NETWORK_INTERFACE)
          .message("%s: vpc_access sets both connector and network_interfaces; the API accepts one and only one of "
              + "them", what(w))
          .remediation("Keep either the connector (Serverless VPC Access) or network_interfaces (Direct VPC egress)")
          .build());
    } else if (connector == Setting.UNKNOWN || interfaces == Setting.UNKNOWN) {
      ctx.notEvaluated(w, RuleContext.at(w, Workload.VPC_ACCESS), "whether vpc_access sets exactly one of connector "
          + "and network_interfaces: " + (connector == Setting.UNKNOWN ? Setting.unknownReason("connector", p.connector())
              : Setting.unknownReason("network_interfaces", p.interfaceCount())));
    } else if (connector == Setting.UNSET && interfaces == Setting.UNSET) {
      out.add(ctx.finding(w, Workload.VPC_ACCESS).severity(Severity.WARNING)
          .message("%s: vpc_access sets neither connector nor network_interfaces, so its egress setting routes "
              + "nothing into the VPC", what(w))
          .remediation("Add connector = \"projects/<project>/locations/<region>/connectors/<name>\" or a "
              + "network_interfaces block, or remove vpc_access")
          .build());
    }
    return out;
  }
}
