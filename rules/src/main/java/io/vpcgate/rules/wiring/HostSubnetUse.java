package io.vpcgate.rules.wiring;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.graph.Route;
import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Something of service project {@code project} that takes addresses from a subnet of another
 * project, {@code host} (Shared VPC): a workload's Direct VPC interface, or a connector built with
 * {@code subnet { name, project_id }}. {@code field} is where the subnet is named; {@code what} says
 * it in a message.
 */
record HostSubnetUse(Resource subject, Field field, String project, String host, String what, boolean directVpc) {

  /** Every such use Terraform declares, in the graph's order: workloads first, then connectors. */
  static List<HostSubnetUse> in(RuleContext ctx) {
    List<HostSubnetUse> out = new ArrayList<>();
    for (Workload w : ctx.desired().all(Workload.class)) {
      Route r = ctx.wiring().route(w);
      String project = w.id().projectOr("");
      if (!r.isDirectVpc() || project.isEmpty()) {
        continue;
      }
      Optional<String> host = r.subnetProject();
      if (host.isPresent() && !host.get().equals(project)) {
        out.add(new HostSubnetUse(w, Workload.FIRST_NETWORK_INTERFACE, project, host.get(), "sends Direct VPC egress "
            + "from subnetwork " + r.subnetName().known().orElse("?") + " of host project " + host.get(), true));
      }
    }
    for (VpcConnector c : ctx.desired().all(VpcConnector.class)) {
      String project = c.id().projectOr("");
      Optional<String> host = c.subnetProject().known();
      if (!project.isEmpty() && host.isPresent() && !host.get().equals(project) && c.subnetName().isKnown()) {
        out.add(new HostSubnetUse(c, VpcConnector.SUBNET, project, host.get(), "is built on subnet "
            + c.subnetName().known().get() + " of host project " + host.get(), false));
      }
    }
    return out;
  }
}
