package io.vpcgate.kinds;

import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.ServiceNetworkingConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Private Service Access connections ({@code google_service_networking_connection}), identified by
 * their network; live, a connection is the network's {@code servicenetworking-googleapis-com}
 * peering, read with the network.
 */
public final class ServiceNetworkingConnectionKind implements Kind<ServiceNetworkingConnection> {

  @Override
  public String name() {
    return ServiceNetworkingConnection.KIND;
  }

  @Override
  public Class<ServiceNetworkingConnection> type() {
    return ServiceNetworkingConnection.class;
  }

  @Override
  public String title() {
    return "Private Service Access connection";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_service_networking_connection");
  }

  @Override
  public Map<Field, String> paths(String terraformType) {
    return Map.of(ServiceNetworkingConnection.DELETION_POLICY, "deletion_policy");
  }

  @Override
  public Optional<String> readWith() {
    return Optional.of("network");
  }

  @Override
  public ServiceNetworkingConnection fromTerraform(TerraformFields t) {
    Attr<NetworkRef> network = t.network("network");
    Attr<String> project = network.known().map(NetworkRef::project).filter(p -> !p.isEmpty())
        .<Attr<String>>map(Attr::known).orElse(t.project());
    return new ServiceNetworkingConnection(t.origin(),
        new ResourceId(ServiceNetworkingConnection.KIND, project, Attr.known("global"), network.map(NetworkRef::name)),
        network, t.node().str("service"), t.node().strings("reserved_peering_ranges"), t.node().str("deletion_policy"));
  }
}
