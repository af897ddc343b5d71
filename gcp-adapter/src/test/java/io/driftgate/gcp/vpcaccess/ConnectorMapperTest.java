package io.driftgate.gcp.vpcaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.vpcaccess.v1.Connector;
import io.driftgate.model.Attr;
import io.driftgate.model.NetworkRef;
import io.driftgate.model.ResourceId;
import io.driftgate.model.Side;
import io.driftgate.model.VpcConnector;
import org.junit.jupiter.api.Test;

class ConnectorMapperTest {

  @Test
  void networkConnector_mapsIdentityRangeAndBounds() {
    Connector proto = Connector.newBuilder()
        .setName("projects/acme-staging/locations/us-central1/connectors/staging-connector")
        .setNetwork("staging-vpc")
        .setIpCidrRange("10.1.0.0/28")
        .setState(Connector.State.READY)
        .setMinInstances(2)
        .setMaxInstances(10)
        .setMachineType("e2-micro")
        .build();

    VpcConnector c = ConnectorMapper.map(proto);

    assertEquals(ResourceId.of(VpcConnector.KIND, "acme-staging", "us-central1", "staging-connector"), c.id());
    assertEquals(Attr.known(new NetworkRef("acme-staging", "staging-vpc")), c.network());
    assertEquals("10.1.0.0/28", c.range().orElseThrow().toString());
    assertEquals(Attr.known(2), c.minInstances());
    assertEquals(Attr.known(10), c.maxInstances());
    assertEquals(Attr.known("READY"), c.state());
    assertTrue(c.subnetName().isAbsent());
    assertEquals(Side.LIVE, c.origin().side());
  }

  @Test
  void subnetConnector_unsetScalarsAreAbsent() {
    Connector proto = Connector.newBuilder()
        .setName("projects/svc/locations/europe-west1/connectors/shared")
        .setSubnet(Connector.Subnet.newBuilder().setName("serverless-euw1").setProjectId("host-project"))
        .setState(Connector.State.ERROR)
        .build();

    VpcConnector c = ConnectorMapper.map(proto);

    assertEquals(Attr.known("serverless-euw1"), c.subnetName());
    assertEquals(Attr.known("host-project"), c.subnetProject());
    assertTrue(c.network().isAbsent());
    assertTrue(c.ipCidrRange().isAbsent());
    assertTrue(c.maxInstances().isAbsent());
    assertEquals(Attr.known("ERROR"), c.state());
  }
}
