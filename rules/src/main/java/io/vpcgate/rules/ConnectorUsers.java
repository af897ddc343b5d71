package io.vpcgate.rules;

import io.vpcgate.model.Workload;
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
      for (Workload s : g.connectorUsers(connector.id())) {
        if (users.stream().noneMatch(o -> o.id().sameAs(s.id()))) {
          users.add(s);
        }
      }
    }
    return users.stream().map(s -> desired.first(Workload.class, s.id()).orElse(s).address()).toList();
  }
}
