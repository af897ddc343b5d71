package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.graph.Binding;
import io.vpcgate.graph.EnvEndpoint;
import io.vpcgate.graph.IpRanges;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.Location;
import io.vpcgate.model.Side;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * WIRE-01: a workload that certainly has no VPC egress (no connector, no Direct VPC) cannot reach a
 * private address: an env literal in RFC 1918 or RFC 6598 space, or a data store it is bound to by
 * a Terraform reference or a data source, which is reachable only on its network. Cloud SQL
 * attachments are not judged here: the built-in connection works over the public IP.
 */
@RuleInfo(
    id = "WIRE-01",
    summary = "Workload reaches a private address without VPC egress",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, DataStore.class})
public final class PrivateTargetWithoutVpcEgress implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      if (!w.egress().certainlyNone()) {
        continue;
      }
      List<DataStore> judged = new ArrayList<>();
      for (EnvEndpoint t : ctx.wiring().endpoints(w)) {
        long ip = t.endpoint().ip();
        if (IpRanges.isRfc1918(ip) || IpRanges.RFC6598.contains(ip)) {
          t.store().ifPresent(judged::add);
          out.add(finding(ctx, w, w.origin().at(t.env().valuePath()), t.envName(),
              t.store().map(DataStore::describe).orElse("a private address")));
        }
      }
      for (Binding b : ctx.wiring().bindings(w)) {
        boolean byReference = b.evidence() == Binding.Evidence.REFERENCE || b.evidence() == Binding.Evidence.DATA_SOURCE;
        boolean privateOnly = b.store().attachment().known().map(a -> a != DataStore.Attachment.PUBLIC_IP_ONLY)
            .orElse(false);
        if (byReference && privateOnly && b.env().isPresent() && judged.stream().noneMatch(s -> s == b.store())) {
          judged.add(b.store());
          out.add(finding(ctx, w, w.origin().at(b.env().get().valuePath()), b.env().get().name().known().orElse("?"),
              b.store().describe() + ", which is reachable only from its VPC network"));
        }
      }
    }
    return out.stream();
  }

  private static Finding finding(RuleContext ctx, Workload w, Location at, String var, String what) {
    Optional<String> liveConnector = ctx.live().flatMap(l -> l.first(Workload.class, w.id()))
        .flatMap(x -> x.egress().connector().known());
    Finding.Builder b = ctx.finding(w, at);
    liveConnector.ifPresent(c -> b.consequenceOf(Workload.CONNECTOR)); // the apply removes a connector set by hand
    return b
        .message("%s: %s points at %s, but it has no VPC egress (no connector or Direct VPC), so "
            + "the connection times out%s", Subjects.of(w), var, what,
            liveConnector.map(c -> "; the live one uses connector " + c.substring(c.lastIndexOf('/') + 1)
                + ", set outside Terraform, which this apply removes").orElse(""))
        .remediation("%s in Terraform (not with gcloud)", connectorSetting(w, connectorFor(ctx, w)))
        .build();
  }

  /** How {@code w}'s kind names its connector: Cloud Run's vpc_access block, else the attribute its kind writes. */
  private static String connectorSetting(Workload w, String connector) {
    Optional<String> path = Kinds.path(w, Workload.CONNECTOR).filter(p -> !p.contains("annotations"));
    if (w instanceof io.vpcgate.model.CloudRunService || path.isEmpty()) {
      return "Add vpc_access { connector = " + connector + " } to the service's template";
    }
    return "Set " + path.get().replaceAll("\\[\\d+]", "") + " = " + connector;
  }

  /** A connector in the workload's project and region: Terraform's own first, else a live one, else a placeholder. */
  private static String connectorFor(RuleContext ctx, Workload w) {
    List<VpcConnector> here = w.id().project().known().map(p -> ctx.index().inProject(p)).orElse(List.of()).stream()
        .filter(VpcConnector.class::isInstance).map(VpcConnector.class::cast)
        .filter(c -> c.id().region().isKnown() && c.id().region().equals(w.id().region()))
        .sorted(Comparator.comparing((VpcConnector c) -> c.origin().side() != Side.DESIRED))
        .toList();
    if (here.isEmpty()) {
      return "google_vpc_access_connector.<name>.id";
    }
    VpcConnector c = here.get(0);
    return c.origin().side() == Side.DESIRED ? c.address() + ".id" : "\"" + c.address() + "\"";
  }
}
