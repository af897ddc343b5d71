package io.vpcgate.graph;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.EgressPath;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.List;
import java.util.Optional;

/**
 * A workload's egress path resolved in the world after deploy: a connector and a Direct VPC
 * interface are two implementations of one path. {@code network} and {@code region} are where its
 * traffic enters the VPC; {@code subnetName} and {@code subnet} where it comes from (the connector's
 * own /28 is hidden: {@code hiddenSubnet}); {@code sourceRange} the addresses it comes from, for
 * firewall rules; {@code tags} the network tags it carries; {@code mode} ALL_TRAFFIC or
 * PRIVATE_RANGES_ONLY. {@code via} is unknown when the configuration does not tell before apply.
 */
public record Route(Workload workload, Attr<EgressPath.Via> via, Optional<ConnectorRef> connectorRef,
    Optional<VpcConnector> connector, Attr<NetworkRef> network, Attr<String> region, Attr<String> subnetName,
    Optional<Subnetwork> subnet, boolean hiddenSubnet, Optional<Cidr> sourceRange, List<String> tags, Attr<String> mode) {

  public Route {
    tags = List.copyOf(tags);
  }

  public boolean isConnector() {
    return via.known().map(v -> v == EgressPath.Via.CONNECTOR).orElse(false);
  }

  public boolean isDirectVpc() {
    return via.known().map(v -> v == EgressPath.Via.DIRECT_VPC).orElse(false);
  }

  public boolean allTraffic() {
    return mode.known().map(EgressPath.ALL_TRAFFIC::equals).orElse(false);
  }

  /**
   * The project of the Direct VPC subnet: the resolved subnetwork's, else the one its interface names
   * in a path ({@code projects/H/regions/R/subnetworks/S}, a Shared VPC host's); empty when neither says.
   */
  public Optional<String> subnetProject() {
    return subnet.flatMap(s -> s.id().project().known()).or(() -> workload.egress().firstInterface()
        .flatMap(i -> i.subnetwork().known()).flatMap(t -> segment(t, "projects")));
  }

  /** The segment after {@code key/} in a resource path. */
  static Optional<String> segment(String path, String key) {
    String[] parts = path.split("/");
    for (int i = 0; i + 1 < parts.length; i++) {
      if (parts[i].equals(key)) {
        return Optional.of(parts[i + 1]);
      }
    }
    return Optional.empty();
  }

  /** "connector staging-connector" or "Direct VPC egress on subnetwork run-subnet". */
  public String describe() {
    if (isConnector()) {
      return "connector " + connector.map(c -> c.id().nameOr("?")).orElse(connectorRef.map(ConnectorRef::name).orElse("?"));
    }
    if (isDirectVpc()) {
      return "Direct VPC egress" + subnetName.known().map(s -> " on subnetwork " + s).orElse("");
    }
    return "no VPC egress";
  }
}
