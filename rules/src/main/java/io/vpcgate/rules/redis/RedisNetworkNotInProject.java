package io.vpcgate.rules.redis;

import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * REDIS-02: DIRECT_PEERING peers the instance with an authorized network of its own project ("
 * authorized_network must exist in the same project as redis instance"); a Shared VPC network needs
 * PRIVATE_SERVICE_ACCESS, which needs a Private Service Access connection on that network.
 */
@RuleInfo(
    id = "REDIS-02",
    summary = "Memorystore Redis connect mode does not fit its authorized network",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {RedisInstance.class, ServiceNetworkingConnection.class})
public final class RedisNetworkNotInProject implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (RedisInstance r : ctx.desired().all(RedisInstance.class)) {
      Optional<NetworkRef> net = r.authorizedNetwork().known();
      Optional<String> mode = r.connectMode().known();
      Optional<String> project = r.id().project().known();
      if (net.isEmpty() || mode.isEmpty() || project.isEmpty()) {
        continue;
      }
      if (mode.get().equals("DIRECT_PEERING") && !net.get().project().isEmpty()
          && !net.get().project().equals(project.get())) {
        out.add(ctx.finding(r, RedisInstance.AUTHORIZED_NETWORK)
            .message("Redis %s (project %s) uses DIRECT_PEERING with network %s of project %s; the API fails with "
                + "\"authorized_network must exist in the same project as redis instance\"", r.address(),
                project.get(), net.get().name(), net.get().project())
            .remediation("Use connect_mode = \"PRIVATE_SERVICE_ACCESS\" for a Shared VPC network (it needs a Private "
                + "Service Access connection there), or a network of %s", project.get())
            .build());
      } else if (mode.get().equals("PRIVATE_SERVICE_ACCESS")
          && PrivateServiceAccess.connected(ctx.desired(), ctx.live(), net.get()).map(c -> !c).orElse(false)) {
        out.add(ctx.finding(r, RedisInstance.CONNECT_MODE)
            .message("Redis %s uses PRIVATE_SERVICE_ACCESS on network %s, which has no Private Service Access "
                + "connection (no servicenetworking peering live, none in Terraform); the create fails", r.address(),
                net.get())
            .remediation("Add a google_compute_global_address (purpose VPC_PEERING) and a "
                + "google_service_networking_connection on %s, and make the instance depend on it", net.get().name())
            .build());
      }
    }
    return out.stream();
  }
}
