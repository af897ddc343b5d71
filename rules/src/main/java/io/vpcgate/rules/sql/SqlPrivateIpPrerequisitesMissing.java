package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-02: a private IP needs a Private Service Access connection on the private network (a
 * VPC_PEERING global address and a google_service_networking_connection). BLOCKING when the live
 * network has no such peering and Terraform declares none; a WARNING when Terraform declares the
 * connection but the instance does not depend on it, since "google_sql_database_instance does not
 * actually interpolate values from google_service_networking_connection".
 */
@RuleInfo(
    id = "SQL-02",
    summary = "Cloud SQL private IP lacks its Private Service Access connection",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {SqlInstance.class, ServiceNetworkingConnection.class})
public final class SqlPrivateIpPrerequisitesMissing implements Rule {
  private static final io.vpcgate.model.Field AT = SqlInstance.PRIVATE_NETWORK;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (SqlInstance q : ctx.desired().all(SqlInstance.class)) {
      Optional<NetworkRef> net = q.privateNetwork().known();
      if (net.isEmpty()) {
        continue;
      }
      if (PrivateServiceAccess.connected(ctx.desired(), ctx.live(), net.get()).map(c -> !c).orElse(false)) {
        out.add(ctx.finding(q, AT)
            .message("Cloud SQL %s: private_network %s has no Private Service Access connection (no servicenetworking "
                + "peering live, none in Terraform); the instance cannot get a private IP", q.address(), net.get())
            .remediation("Add a google_compute_global_address (purpose = \"VPC_PEERING\", address_type = \"INTERNAL\") "
                + "on %s, a google_service_networking_connection using it, and depends_on that connection",
                net.get().name())
            .build());
        continue;
      }
      List<ServiceNetworkingConnection> declared = ctx.desired().onNetwork(net.get()).stream()
          .filter(ServiceNetworkingConnection.class::isInstance).map(ServiceNetworkingConnection.class::cast).toList();
      if (!declared.isEmpty() && !q.origin().attributes().isEmpty()
          && declared.stream().noneMatch(c -> q.origin().refersTo(c.address()))) {
        out.add(ctx.finding(q, AT).severity(Severity.WARNING)
            .message("Cloud SQL %s does not depend on %s; the provider does not infer the dependency, so creating both "
                + "in one apply can fail", q.address(), declared.get(0).address())
            .remediation("Add depends_on = [%s] to %s", declared.get(0).address(), q.address())
            .related(declared.get(0).origin().location())
            .build());
      }
    }
    return out.stream();
  }
}
