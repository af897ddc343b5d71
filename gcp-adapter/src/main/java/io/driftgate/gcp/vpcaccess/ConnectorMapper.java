package io.driftgate.gcp.vpcaccess;

import com.google.cloud.vpcaccess.v1.Connector;
import com.google.cloud.vpcaccess.v1.ConnectorName;
import io.driftgate.model.Attr;
import io.driftgate.model.NetworkRef;
import io.driftgate.model.Origin;
import io.driftgate.model.ResourceId;
import io.driftgate.model.VpcConnector;
import java.util.Optional;

/**
 * Maps a Serverless VPC Access {@link Connector} (vpcaccess v1) into the core model. Pure: no
 * client, no I/O. Proto3 scalars have no presence, so 0 and "" mean "not set" and become absent.
 */
public final class ConnectorMapper {
  private ConnectorMapper() {}

  public static VpcConnector map(Connector c) {
    ConnectorName name = ConnectorName.parse(c.getName());
    ResourceId id = ResourceId.of(VpcConnector.KIND, name.getProject(), name.getLocation(), name.getConnector());
    Attr<NetworkRef> network = c.getNetwork().isEmpty() ? Attr.absent()
        : NetworkRef.parse(c.getNetwork(), Optional.of(name.getProject()))
            .<Attr<NetworkRef>>map(Attr::known).orElse(Attr.unknown("unrecognised network " + c.getNetwork()));
    return new VpcConnector(Origin.live(c.getName()), id, network, text(c.getIpCidrRange()),
        c.hasSubnet() ? text(c.getSubnet().getName()) : Attr.absent(),
        c.hasSubnet() ? text(c.getSubnet().getProjectId()) : Attr.absent(),
        number(c.getMinInstances()), number(c.getMaxInstances()),
        number(c.getMinThroughput()), number(c.getMaxThroughput()),
        text(c.getMachineType()), Attr.known(c.getState().name()));
  }

  private static Attr<String> text(String s) {
    return s.isEmpty() ? Attr.absent() : Attr.known(s);
  }

  private static Attr<Integer> number(int n) {
    return n == 0 ? Attr.absent() : Attr.known(n);
  }
}
