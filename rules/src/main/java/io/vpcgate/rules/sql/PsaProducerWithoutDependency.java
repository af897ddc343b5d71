package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Networked;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-06: a Memorystore (Redis with Private Service Access, Memcached) or AlloyDB producer created in
 * the same configuration as the Private Service Access connection it draws from must depend on that
 * connection: it names the network, not the connection, so Terraform may create it first, and the
 * create fails. Cloud SQL is SQL-02's. A WARNING: the first apply fails, a second one passes.
 */
@RuleInfo(
    id = "SQL-06",
    summary = "Private Service Access producer does not depend on its connection",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {DataStore.class, AlloyDbCluster.class, ServiceNetworkingConnection.class},
    readsLive = false)
public final class PsaProducerWithoutDependency implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Networked n : ctx.desired().all(Networked.class)) {
      Optional<NetworkRef> net = n.network().known();
      if (!producer(n) || net.isEmpty() || n.origin().attributes().isEmpty()) {
        continue;
      }
      List<ServiceNetworkingConnection> declared = ctx.desired().onNetwork(net.get()).stream()
          .filter(ServiceNetworkingConnection.class::isInstance).map(ServiceNetworkingConnection.class::cast).toList();
      if (declared.isEmpty() || declared.stream().anyMatch(c -> n.origin().refersTo(c.address()))) {
        continue;
      }
      out.add(ctx.finding(n, n.origin().location())
          .message("%s draws its address from the Private Service Access connection %s on %s but does not depend on "
              + "it; it names the network, not the connection, so Terraform may create it first and the create fails "
              + "until the connection exists", n.address(), declared.get(0).address(), net.get())
          .remediation("Add depends_on = [%s] to %s", declared.get(0).address(), n.address())
          .related(declared.get(0).origin().location())
          .build());
    }
    return out.stream();
  }

  /** A producer on Private Service Access other than Cloud SQL (SQL-02 judges that one). */
  private static boolean producer(Networked n) {
    return !(n instanceof SqlInstance) && PrivateServiceAccess.producer(n);
  }

}
