package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.graph.WorldIndex;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.ServiceNetworkingConnection;
import io.vpcgate.model.Side;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether acme/prod-vpc has Private Service Access after deploy, and which of its ranges are allocated. */
class PrivateServiceAccessTest {
  private static final NetworkRef PROD = new NetworkRef("acme", "prod-vpc");

  private static ResourceGraph live(String... assets) {
    return SnapshotReader.parseSnapshot("[" + String.join(",\n", assets) + "]", "live.json", false).graph();
  }

  private static ResourceGraph declared(Attr<NetworkRef> network) {
    return new ResourceGraph(List.of(new ServiceNetworkingConnection(
        new Origin("google_service_networking_connection.psa", Side.DESIRED, new Location.SourceLocation("main.tf", 1), Map.of()),
        new ResourceId(ServiceNetworkingConnection.KIND, Attr.known("acme"), Attr.known("global"), Attr.known("psa")),
        network, Attr.known("servicenetworking.googleapis.com"), Attr.known(List.of("psa-range")), Attr.absent())));
  }

  private static String network(String name, String peering) {
    return """
        {"name": "//compute.googleapis.com/projects/acme/global/networks/%s",
         "assetType": "compute.googleapis.com/Network", "resource": {"data": {"name": "%s"%s}}}"""
        .formatted(name, name, peering == null ? "" : ", \"peerings\": [{\"name\": \"" + peering + "\", \"network\": "
            + "\"https://www.googleapis.com/compute/v1/projects/peer/global/networks/x\", \"state\": \"ACTIVE\"}]");
  }

  @Test
  void aConnectionTerraformDeclaresOnTheNetwork_connectsIt_withOrWithoutLiveState() {
    assertEquals(Optional.of(true), PrivateServiceAccess.connected(declared(Attr.known(PROD)), Optional.empty(), PROD));
    assertEquals(Optional.of(true), PrivateServiceAccess.connected(declared(Attr.known(new NetworkRef("", "prod-vpc"))),
        Optional.of(live(network("prod-vpc", null))), PROD));
  }

  @Test
  void aDeclaredConnectionWhoseNetworkIsNotKnownYet_isTakenToBeIt() {
    assertEquals(Optional.of(true), PrivateServiceAccess.connected(declared(Attr.unknown("known after apply")),
        Optional.of(live(network("prod-vpc", null))), PROD));
  }

  @Test
  void aDeclaredConnectionOnAnotherNetworkOrOnNone_doesNotConnectThisOne() {
    assertEquals(Optional.of(false), PrivateServiceAccess.connected(declared(Attr.known(new NetworkRef("acme", "other-vpc"))),
        Optional.of(live(network("prod-vpc", null))), PROD));
    assertEquals(Optional.of(false), PrivateServiceAccess.connected(declared(Attr.absent()),
        Optional.of(live(network("prod-vpc", null))), PROD));
  }

  @Test
  void live_theServiceNetworkingPeeringConnects_anotherPeeringDoesNot() {
    assertEquals(Optional.of(true), PrivateServiceAccess.connected(ResourceGraph.EMPTY,
        Optional.of(live(network("prod-vpc", "servicenetworking-googleapis-com"))), PROD));
    assertEquals(Optional.of(false), PrivateServiceAccess.connected(ResourceGraph.EMPTY,
        Optional.of(live(network("prod-vpc", "peer-to-hub"))), PROD));
    assertEquals(Optional.of(false), PrivateServiceAccess.connected(ResourceGraph.EMPTY,
        Optional.of(live(network("other-vpc", "peer-to-hub"), network("prod-vpc", null),
            network("third-vpc", "servicenetworking-googleapis-com"))), PROD));
  }

  @Test
  void withoutLiveStateOrTheLiveNetwork_itCannotBeTold() {
    assertEquals(Optional.empty(), PrivateServiceAccess.connected(ResourceGraph.EMPTY, Optional.empty(), PROD));
    assertEquals(Optional.empty(), PrivateServiceAccess.connected(ResourceGraph.EMPTY,
        Optional.of(live(network("other-vpc", "servicenetworking-googleapis-com"))), PROD));
  }

  private static String address(String project, String name, String network, String purpose) {
    return """
        {"name": "//compute.googleapis.com/projects/%s/global/addresses/%s",
         "assetType": "compute.googleapis.com/GlobalAddress",
         "resource": {"version": "v1", "data": {"name": "%s", "address": "10.60.0.0", "prefixLength": 16,
           "addressType": "INTERNAL"%s%s}}}"""
        .formatted(project, name, name, purpose == null ? "" : ", \"purpose\": \"" + purpose + "\"",
            network == null ? "" : ", \"network\": \"https://www.googleapis.com/compute/v1/projects/" + project
                + "/global/networks/" + network + "\"");
  }

  @Test
  void rangeNamed_aVpcPeeringRangeOfTheNetwork() {
    ResourceGraph world = live(address("acme", "psa-range", "prod-vpc", "VPC_PEERING"),
        address("acme", "web-ip", null, "GCE_ENDPOINT"), address("acme", "other-psa", "other-vpc", "VPC_PEERING"));
    assertEquals(Optional.of(true), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "psa-range"));
    assertEquals(Optional.of(false), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "psa-rnage"));
    assertEquals(Optional.of(false), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "web-ip"), "not a VPC_PEERING range");
    assertEquals(Optional.of(false), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "other-psa"), "a range of another network");
  }

  @Test
  void rangeNamed_aRangeWhosePurposeOrNetworkIsNotKnown_mightBeIt() {
    ResourceGraph world = live(address("acme", "psa-range", null, null));
    assertEquals(Optional.of(true), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "psa-range"));
  }

  @Test
  void rangeNamed_onlyTheNetworksProjectCounts_elseNothingCanBeSaid() {
    ResourceGraph world = live(address("shared", "psa-range", "prod-vpc", "VPC_PEERING"));
    assertEquals(Optional.empty(), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), PROD, "psa-range"));
    assertEquals(Optional.empty(), PrivateServiceAccess.rangeNamed(WorldIndex.of(world), new NetworkRef("", "prod-vpc"), "psa-range"),
        "a network of no known project");
    assertEquals(Optional.empty(), PrivateServiceAccess.rangeNamed(WorldIndex.of(ResourceGraph.EMPTY), PROD, "psa-range"));
  }

  @Test
  void rangeNames_theVpcPeeringRangesOfTheNetworkOnly() {
    ResourceGraph world = live(address("acme", "psa-a", "prod-vpc", "VPC_PEERING"),
        address("acme", "web-ip", "prod-vpc", "GCE_ENDPOINT"), address("acme", "no-purpose", "prod-vpc", null),
        address("acme", "no-network", null, "VPC_PEERING"), address("acme", "other-psa", "other-vpc", "VPC_PEERING"),
        address("acme", "psa-b", "prod-vpc", "VPC_PEERING"));
    assertEquals(List.of("psa-a", "psa-b"), PrivateServiceAccess.rangeNames(world, PROD));
  }
}
