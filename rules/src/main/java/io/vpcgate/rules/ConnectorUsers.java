package io.vpcgate.rules;

import io.vpcgate.model.Workload;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workloads that send their VPC egress through a connector. */
public final class ConnectorUsers {
  private ConnectorUsers() {}

  /**
   * The workloads, in Terraform or live, whose connector reference names {@code connector}, once
   * each, by Terraform address where Terraform manages the service (even when only its live
   * version uses the connector), else by API name.
   */
  public static List<String> addresses(VpcConnector connector, ResourceGraph desired, Optional<ResourceGraph> live) {
    List<Workload> users = new ArrayList<>();
    List<ResourceGraph> graphs = new ArrayList<>();
    graphs.add(desired);
    live.ifPresent(graphs::add);
    for (ResourceGraph g : graphs) {
      for (Workload s : g.all(Workload.class)) {
        boolean uses = ConnectorRef.of(s).map(r -> r.id().sameAs(connector.id())).orElse(false);
        if (uses && users.stream().noneMatch(o -> o.id().sameAs(s.id()))) {
          users.add(s);
        }
      }
    }
    return users.stream().map(s -> desired.all(Workload.class).stream()
        .filter(d -> d.id().sameAs(s.id())).findFirst().orElse(s).address()).toList();
  }
}
