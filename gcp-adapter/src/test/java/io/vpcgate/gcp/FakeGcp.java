package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.compute.v1.Address;
import com.google.cloud.compute.v1.Allowed;
import com.google.cloud.compute.v1.Denied;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.Network;
import com.google.cloud.compute.v1.NetworkPeering;
import com.google.cloud.compute.v1.Router;
import com.google.cloud.compute.v1.RouterNat;
import com.google.cloud.compute.v1.Subnetwork;
import com.google.cloud.compute.v1.SubnetworkSecondaryRange;
import com.google.cloud.redis.v1.Instance;
import com.google.cloud.run.v2.Container;
import com.google.cloud.run.v2.EnvVar;
import com.google.cloud.run.v2.EnvVarSource;
import com.google.cloud.run.v2.RevisionTemplate;
import com.google.cloud.run.v2.SecretKeySelector;
import com.google.cloud.run.v2.Service;
import com.google.cloud.run.v2.VpcAccess;
import com.google.cloud.vpcaccess.v1.Connector;
import java.io.IOException;
import java.util.ArrayList;

/**
 * Fake Google Cloud for tests and benchmarks: the gRPC APIs in process, the REST ones on a
 * loopback port, both driven by one {@link FakeBehaviour}, and the {@link ClientOptions} that point
 * the real clients at them.
 */
public final class FakeGcp implements AutoCloseable {
  static final String COMPUTE = "https://www.googleapis.com/compute/v1/";
  private static final ObjectMapper JSON = new ObjectMapper();
  final FakeBehaviour behaviour = new FakeBehaviour();
  final FakeGrpc grpc;
  final FakeRest rest;

  public FakeGcp() throws IOException {
    grpc = new FakeGrpc(behaviour);
    rest = new FakeRest(behaviour);
  }

  /**
   * The environment that points a vpcgate process at these servers (see {@link
   * ClientOptions#testServers}): the gRPC APIs on a loopback port, the REST ones on theirs.
   */
  public java.util.Map<String, String> environment() throws IOException {
    return java.util.Map.of("VPCGATE_TEST_GOOGLE_GRPC", "127.0.0.1:" + grpc.listenOnLoopback(),
        "VPCGATE_TEST_GOOGLE_REST", rest.root());
  }

  public ClientOptions options() {
    return ClientOptions.fakes(grpc.channels(), rest.root());
  }

  GcpLiveReader reader() {
    return new GcpLiveReader(options(), Progress.SILENT);
  }

  @Override
  public void close() {
    grpc.close();
    rest.close();
  }

  /**
   * A project with {@code perRegion} of each regional kind in each region (a Cloud Run service, a
   * connector, a Redis instance, a subnetwork, a router with a NAT, a Cloud SQL instance) and the
   * global ones (a network peered with Private Service Access, its PSA range, a firewall rule).
   */
  public FakeGcp project(String project, java.util.List<String> regions, int perRegion) {
    String net = COMPUTE + "projects/" + project + "/global/networks/vpc";
    rest.networks.add(json(Network.newBuilder().setName("vpc").setSelfLink(net).setAutoCreateSubnetworks(false)
        .addPeerings(NetworkPeering.newBuilder().setName("servicenetworking-googleapis-com").setState("ACTIVE")
            .setNetwork(COMPUTE + "projects/tenant/global/networks/servicenetworking")).build()));
    rest.addresses.add(json(Address.newBuilder().setName("psa").setAddress("10.200.0.0").setPrefixLength(16)
        .setPurpose("VPC_PEERING").setAddressType("INTERNAL").setNetwork(net)
        .setSelfLink(COMPUTE + "projects/" + project + "/global/addresses/psa").build()));
    rest.firewalls.add(json(Firewall.newBuilder().setName("deny-egress").setNetwork(net).setDirection("EGRESS")
        .setPriority(900).addTargetTags("vpc-connector").addDestinationRanges("10.250.0.0/16")
        .addDenied(Denied.newBuilder().setIPProtocol("tcp").addPorts("5432")).build()));
    rest.firewalls.add(json(Firewall.newBuilder().setName("allow-ssh").setNetwork(net).setDirection("INGRESS")
        .setPriority(1000).addSourceRanges("35.235.240.0/20")
        .addAllowed(Allowed.newBuilder().setIPProtocol("tcp").addPorts("22")).build()));
    int n = 0;
    for (String region : regions) {
      var subnets = rest.subnetworks.computeIfAbsent(region, k -> new ArrayList<>());
      var routers = rest.routers.computeIfAbsent(region, k -> new ArrayList<>());
      for (int i = 0; i < perRegion; i++, n++) {
        String loc = "projects/" + project + "/locations/" + region;
        subnets.add(json(Subnetwork.newBuilder().setName("sub-" + n).setNetwork(net)
            .setRegion(COMPUTE + "projects/" + project + "/regions/" + region).setIpCidrRange("10." + (n % 200) + ".0.0/24")
            .addSecondaryIpRanges(SubnetworkSecondaryRange.newBuilder().setRangeName("pods").setIpCidrRange("172.16." + (n % 250) + ".0/24"))
            .setSelfLink(COMPUTE + "projects/" + project + "/regions/" + region + "/subnetworks/sub-" + n).build()));
        routers.add(json(Router.newBuilder().setName("router-" + n).setNetwork(net)
            .setRegion(COMPUTE + "projects/" + project + "/regions/" + region)
            .addNats(RouterNat.newBuilder().setName("nat-" + n).setSourceSubnetworkIpRangesToNat("ALL_SUBNETWORKS_ALL_IP_RANGES"))
            .setSelfLink(COMPUTE + "projects/" + project + "/regions/" + region + "/routers/router-" + n).build()));
        grpc.connectors.add(Connector.newBuilder().setName(loc + "/connectors/conn-" + n).setNetwork("vpc")
            .setIpCidrRange("10.8." + (n % 250) + ".0/28").setState(Connector.State.READY).setMinInstances(2)
            .setMaxInstances(10).setMachineType("e2-micro").build());
        grpc.redis.add(Instance.newBuilder().setName(loc + "/instances/cache-" + n).setHost("10.9." + (n % 250) + ".3")
            .setPort(6379).setReservedIpRange("10.9." + (n % 250) + ".0/29").setTier(Instance.Tier.BASIC)
            .setAuthorizedNetwork("projects/" + project + "/global/networks/vpc")
            .setConnectMode(Instance.ConnectMode.DIRECT_PEERING).setState(Instance.State.READY).setMemorySizeGb(1).build());
        grpc.services.add(Service.newBuilder().setName(loc + "/services/svc-" + n).setClient("terraform")
            .setTemplate(RevisionTemplate.newBuilder()
                .setVpcAccess(VpcAccess.newBuilder().setConnector(loc + "/connectors/conn-" + n)
                    .setEgress(VpcAccess.VpcEgress.PRIVATE_RANGES_ONLY))
                .addContainers(Container.newBuilder().setImage("us-docker.pkg.dev/cloudrun/container/hello")
                    .addEnv(EnvVar.newBuilder().setName("REDIS_HOST").setValue("10.9." + (n % 250) + ".3"))
                    .addEnv(EnvVar.newBuilder().setName("JWT").setValueSource(EnvVarSource.newBuilder()
                        .setSecretKeyRef(SecretKeySelector.newBuilder().setSecret("jwt").setVersion("3"))))))
            .build());
        rest.sqlInstances.add(JSON.createObjectNode().put("kind", "sql#instance").put("name", "pg-" + n)
            .put("project", project).put("region", region).put("databaseVersion", "POSTGRES_15")
            .put("connectionName", project + ":" + region + ":pg-" + n).put("state", "RUNNABLE")
            .set("settings", JSON.createObjectNode().put("tier", "db-custom-1-3840")
                .set("ipConfiguration", JSON.createObjectNode().put("ipv4Enabled", true))));
      }
    }
    return this;
  }

  /** The Cloud Asset Inventory fake's resource assets (for --asset-scope). */
  public java.util.List<com.google.cloud.asset.v1.Asset> assets() {
    return grpc.assets;
  }

  public FakeBehaviour behaviour() {
    return behaviour;
  }

  /**
   * Serves the resources of a snapshot (Cloud Asset Inventory JSON array): each asset's data, as
   * the API it comes from returns it. Cloud Run services must be in the v2 shape.
   */
  public FakeGcp load(String snapshotJson) throws IOException {
    for (com.fasterxml.jackson.databind.JsonNode a : JSON.readTree(snapshotJson)) {
      String type = a.path("assetType").asText();
      ObjectNode data = (ObjectNode) a.path("resource").path("data");
      String location = a.path("resource").path("location").asText();
      switch (type) {
        case "compute.googleapis.com/Network" -> rest.networks.add(data);
        case "compute.googleapis.com/GlobalAddress" -> rest.addresses.add(data);
        case "compute.googleapis.com/Firewall" -> rest.firewalls.add(data);
        case "compute.googleapis.com/Subnetwork" -> rest.subnetworks.computeIfAbsent(location, k -> new ArrayList<>()).add(data);
        case "compute.googleapis.com/Router" -> rest.routers.computeIfAbsent(location, k -> new ArrayList<>()).add(data);
        case "compute.googleapis.com/ForwardingRule" ->
            rest.forwardingRules.computeIfAbsent(location, k -> new ArrayList<>()).add(data);
        case "sqladmin.googleapis.com/Instance" -> rest.sqlInstances.add(data);
        case "vpcaccess.googleapis.com/Connector" -> grpc.connectors.add(proto(data, Connector.newBuilder()));
        case "redis.googleapis.com/Instance" -> grpc.redis.add(proto(data, Instance.newBuilder()));
        case "run.googleapis.com/Service" -> grpc.services.add(proto(data, Service.newBuilder()));
        case "memorystore.googleapis.com/Instance" -> rest.valkey.add(data);
        case "redis.googleapis.com/Cluster" -> grpc.clusters.add(proto(data, com.google.cloud.redis.cluster.v1.Cluster.newBuilder()));
        case "networkconnectivity.googleapis.com/ServiceConnectionPolicy" -> grpc.connectionPolicies.add(proto(data,
            com.google.cloud.networkconnectivity.v1.ServiceConnectionPolicy.newBuilder()));
        case "run.googleapis.com/Job" -> grpc.serverless.jobs.add(proto(data, com.google.cloud.run.v2.Job.newBuilder()));
        case "run.googleapis.com/WorkerPool" ->
            grpc.serverless.workerPools.add(proto(data, com.google.cloud.run.v2.WorkerPool.newBuilder()));
        case "appengine.googleapis.com/Version" -> {
          grpc.serverless.versions.add(proto(data, com.google.appengine.v1.Version.newBuilder()));
          grpc.serverless.appLocations.put(data.path("name").asText().split("/")[1], location);
        }
        case "alloydb.googleapis.com/Cluster" -> grpc.alloyDbClusters.add(proto(data, com.google.cloud.alloydb.v1.Cluster.newBuilder()));
        case "alloydb.googleapis.com/Instance" -> grpc.alloyDbInstances.add(proto(data, com.google.cloud.alloydb.v1.Instance.newBuilder()));
        case "memcache.googleapis.com/Instance" -> grpc.memcache.add(proto(data, com.google.cloud.memcache.v1.Instance.newBuilder()));
        case "dns.googleapis.com/ManagedZone" -> rest.dnsZones.add(data);
        case "dns.googleapis.com/ResourceRecordSet" -> rest.dnsRecordSets.computeIfAbsent(
            a.path("name").asText().replaceAll(".*/managedZones/([^/]+)/.*", "$1"), k -> new ArrayList<>()).add(data);
        default -> { }
      }
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  private static <M extends com.google.protobuf.Message, B extends com.google.protobuf.Message.Builder> M proto(
      ObjectNode data, B builder) throws IOException {
    com.google.protobuf.util.JsonFormat.parser().ignoringUnknownFields().merge(data.toString(), builder);
    return (M) builder.build();
  }

  static ObjectNode json(com.google.protobuf.MessageOrBuilder m) {
    return CaiAsset.json(m);
  }
}
