package io.vpcgate.rules;

import io.vpcgate.model.Workload;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.Collections;
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
    addNew(users, desired.connectorUsers(connector.id()));
    if (live.isPresent()) {
      addNew(users, live.get().connectorUsers(connector.id()));
    }
    List<String> addresses = new ArrayList<>(users.size());
    for (Workload s : users) { // loops, not streams: custom rules ask this for every connector of a run
      addresses.add(desired.first(Workload.class, s.id()).orElse(s).address());
    }
    return Collections.unmodifiableList(addresses);
  }

  private static void addNew(List<Workload> users, List<Workload> more) {
    for (Workload s : more) {
      boolean seen = false;
      for (Workload o : users) {
        seen |= o.id().sameAs(s.id());
      }
      if (!seen) {
        users.add(s);
      }
    }
  }
}
