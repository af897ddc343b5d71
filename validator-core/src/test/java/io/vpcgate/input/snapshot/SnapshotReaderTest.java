package io.vpcgate.input.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotReaderTest {
  private static final String CONNECTOR = """
      {"name": "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/conn",
       "assetType": "vpcaccess.googleapis.com/Connector",
       "resource": {"version": "v1", "location": "us-central1", "data": {
         "name": "projects/acme/locations/us-central1/connectors/conn", "network": "vpc",
         "ipCidrRange": "10.8.0.0/28", "minInstances": 2, "maxInstances": "10", "state": "READY"}}}""";

  @Test
  void jsonArray_camelCase() {
    ResourceGraph g = SnapshotReader.parse("[" + CONNECTOR + "]", "live.json");
    VpcConnector c = g.all(VpcConnector.class).get(0);
    assertEquals("conn", c.id().nameOr(""));
    assertEquals(Attr.known("us-central1"), c.id().region());
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), c.network());
    assertEquals(Attr.known(10), c.maxInstances());
    assertEquals("projects/acme/locations/us-central1/connectors/conn", c.address());
  }

  @Test
  void ndjson_snakeCase() {
    String ndjson = CONNECTOR.replace("\n", " ").replace("assetType", "asset_type") + "\n\n"
        + """
        {"name": "//redis.googleapis.com/projects/acme/locations/us-central1/instances/cache", "asset_type": "redis.googleapis.com/Instance", "resource": {"data": {"host": "10.0.0.3", "port": 6379, "reservedIpRange": "10.0.0.0/29", "authorizedNetwork": "projects/acme/global/networks/vpc"}}}
        """;
    ResourceGraph g = SnapshotReader.parse(ndjson, "export.ndjson");
    assertEquals(1, g.all(VpcConnector.class).size());
    RedisInstance r = g.all(RedisInstance.class).get(0);
    assertEquals(Attr.known("10.0.0.3"), r.host());
    assertEquals(Attr.known(6379), r.port());
    assertEquals(Attr.known("DIRECT_PEERING"), r.connectMode());
  }

  @Test
  void runService_v2AndV1ShapesMapAlike() {
    String v2 = """
        [{"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/api",
          "assetType": "run.googleapis.com/Service", "resource": {"data": {
            "name": "projects/acme/locations/us-central1/services/api",
            "template": {"vpcAccess": {"connector": "projects/acme/locations/us-central1/connectors/conn", "egress": "ALL_TRAFFIC"},
              "scaling": {"maxInstanceCount": 20},
              "containers": [{"env": [{"name": "A", "value": "1"}, {"name": "S", "valueSource": {"secretKeyRef": {"secret": "s"}}}],
                "startupProbe": {"periodSeconds": 240, "failureThreshold": 1}}]}}}}]""";
    String v1 = """
        [{"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/api",
          "assetType": "run.googleapis.com/Service", "resource": {"data": {
            "apiVersion": "serving.knative.dev/v1", "kind": "Service", "metadata": {"name": "api"},
            "spec": {"template": {"metadata": {"annotations": {
              "run.googleapis.com/vpc-access-connector": "conn", "run.googleapis.com/vpc-access-egress": "all-traffic",
              "autoscaling.knative.dev/maxScale": "20"}},
              "spec": {"containers": [{"env": [{"name": "A", "value": "1"}, {"name": "S", "valueFrom": {"secretKeyRef": {"name": "s", "key": "1"}}}]}]}}}}}}]""";
    CloudRunService a = SnapshotReader.parse(v2, "v2.json").all(CloudRunService.class).get(0);
    CloudRunService b = SnapshotReader.parse(v1, "v1.json").all(CloudRunService.class).get(0);
    for (CloudRunService s : List.of(a, b)) {
      assertEquals("api", s.id().nameOr(""));
      assertEquals(Attr.known("ALL_TRAFFIC"), s.egress().mode());
      assertEquals(Attr.known(20), s.maxInstances());
      assertTrue(s.containers().get(0).env().get(1).fromSecret());
      assertTrue(s.containers().get(0).env().get(1).value().isAbsent());
    }
    assertEquals(Attr.known("projects/acme/locations/us-central1/connectors/conn"), a.egress().connector());
    assertEquals(Attr.known("conn"), b.egress().connector());
    assertEquals(Attr.known(240), a.containers().get(0).startupProbe().periodSeconds());
  }

  @Test
  void sqlAndSubnet_readPrivateIpFlagsAndRanges() {
    String json = """
        [{"name": "//cloudsql.googleapis.com/projects/acme/instances/pg", "assetType": "sqladmin.googleapis.com/Instance",
          "resource": {"data": {"name": "pg", "project": "acme", "region": "us-central1", "connectionName": "acme:us-central1:pg",
            "ipAddresses": [{"type": "PRIMARY", "ipAddress": "34.1.1.1"}, {"type": "PRIVATE", "ipAddress": "10.20.0.3"}],
            "settings": {"tier": "db-custom-2-7680", "ipConfiguration": {"ipv4Enabled": false,
              "privateNetwork": "projects/acme/global/networks/vpc"}, "databaseFlags": [{"name": "max_connections", "value": "400"}]}}}},
         {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/s", "assetType": "compute.googleapis.com/Subnetwork",
          "resource": {"data": {"name": "s", "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc",
            "region": "https://www.googleapis.com/compute/v1/projects/acme/regions/us-central1", "ipCidrRange": "10.0.0.0/20",
            "secondaryIpRanges": [{"rangeName": "pods", "ipCidrRange": "10.4.0.0/14"}]}}},
         {"name": "//storage.googleapis.com/some-bucket", "assetType": "storage.googleapis.com/Bucket", "resource": {"data": 42}}]""";
    ResourceGraph g = SnapshotReader.parse(json, "live.json");
    SqlInstance sql = g.all(SqlInstance.class).get(0);
    assertEquals(Attr.known("10.20.0.3"), sql.privateIp());
    assertEquals("400", sql.databaseFlags().known().orElseThrow().get("max_connections"));
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), sql.privateNetwork());
    Subnetwork s = g.all(Subnetwork.class).get(0);
    assertEquals(Attr.known("us-central1"), s.id().region());
    assertEquals(List.of(Attr.known("10.4.0.0/14")), s.secondaryRanges());
    assertEquals(2, g.resources().size(), "unknown asset types are ignored");
  }

  @Test
  void malformedInput_isAnInputErrorNamingTheProblem() {
    InputException e = assertThrows(InputException.class, () -> SnapshotReader.parse("[" + CONNECTOR, "live.json"));
    assertTrue(e.getMessage().startsWith("live.json:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.parse("{\"name\": \"x\", \"assetType\": \"y\"}\n{broken\n", "export.ndjson"));
    assertTrue(e.getMessage().startsWith("export.ndjson:2:"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.parse("", "empty.json"));
    assertTrue(e.getMessage().contains("empty snapshot"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.parse("[" + CONNECTOR.replace("\"maxInstances\": \"10\"", "\"maxInstances\": [10]") + "]", "live.json"));
    assertTrue(e.getMessage().contains("asset //vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/conn"), e.getMessage());
    assertTrue(e.getMessage().contains("maxInstances must be an integer"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.parse("[{\"assetType\": \"x\"}]", "live.json"));
    assertTrue(e.getMessage().contains("no name or assetType"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.parse("[{\"name\": \"//redis.googleapis.com/projects/p/locations/r/instances/i\", \"assetType\": \"redis.googleapis.com/Instance\"}]", "live.json"));
    assertTrue(e.getMessage().contains("resource.data is missing"), e.getMessage());

    e = assertThrows(InputException.class, () -> SnapshotReader.read(java.nio.file.Path.of("/no/such/live.json")));
    assertTrue(e.getMessage().contains("no such file"), e.getMessage());
  }

  @Test
  void iamPolicyExport_concatenatedWithResources_projectNumbersBecomeIds() {
    ResourceGraph g = SnapshotReader.parse("""
        [{"name": "//cloudresourcemanager.googleapis.com/projects/123", "assetType": "cloudresourcemanager.googleapis.com/Project",
          "resource": {"data": {"projectNumber": "123", "projectId": "acme"}}},
         {"name": "//cloudresourcemanager.googleapis.com/projects/123", "assetType": "cloudresourcemanager.googleapis.com/Project",
          "iamPolicy": {"bindings": [{"role": "roles/cloudsql.client", "members": ["serviceAccount:a@acme.iam.gserviceaccount.com"]},
            {"role": "roles/owner", "members": ["user:b@acme.com"], "condition": {"expression": "request.time < x"}}]},
          "ancestors": ["projects/123", "organizations/9"]},
         {"name": "//secretmanager.googleapis.com/projects/123/secrets/jwt/versions/4", "assetType": "secretmanager.googleapis.com/SecretVersion",
          "resource": {"data": {"name": "projects/123/secrets/jwt/versions/4", "state": "DISABLED"}}},
         {"name": "//storage.googleapis.com/bucket", "assetType": "storage.googleapis.com/Bucket", "iamPolicy": {"bindings": []}}]
        """, "live.json");
    io.vpcgate.model.Project project = g.all(io.vpcgate.model.Project.class).get(0);
    assertEquals(Attr.known("123"), project.number());
    io.vpcgate.model.IamPolicy policy = g.all(io.vpcgate.model.IamPolicy.class).get(0);
    assertEquals("projects/acme", policy.resource());
    assertEquals(List.of("projects/acme", "organizations/9"), policy.ancestors());
    assertEquals(1, policy.bindings().size(), "a conditional grant is not a grant");
    assertTrue(policy.complete());
    assertEquals(1, g.all(io.vpcgate.model.IamPolicy.class).size(), "policies of types no rule reads are ignored");
    io.vpcgate.model.SecretVersion v = g.all(io.vpcgate.model.SecretVersion.class).get(0);
    assertEquals(Attr.known("acme"), v.id().project());
    assertEquals(Attr.known("jwt"), v.secret());
    assertEquals(Attr.known("4"), v.version());
    assertEquals(Attr.known("DISABLED"), v.state());
  }

  @Test
  void networkPeerings_revisionSettingsAndSecretRefs() {
    ResourceGraph g = SnapshotReader.parse("""
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/vpc", "assetType": "compute.googleapis.com/Network",
          "resource": {"data": {"name": "vpc", "peerings": [{"name": "servicenetworking-googleapis-com", "state": "ACTIVE",
            "network": "https://www.googleapis.com/compute/v1/projects/t/global/networks/servicenetworking"}]}}},
         {"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/api", "assetType": "run.googleapis.com/Service",
          "resource": {"data": {"template": {"timeout": "900s", "maxInstanceRequestConcurrency": 50,
            "executionEnvironment": "EXECUTION_ENVIRONMENT_GEN1",
            "containers": [{"env": [{"name": "JWT", "valueSource": {"secretKeyRef": {"secret": "jwt", "version": "3"}}}]}]}}}},
         {"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/old", "assetType": "run.googleapis.com/Service",
          "resource": {"data": {"apiVersion": "serving.knative.dev/v1", "metadata": {"name": "old"},
            "spec": {"template": {"metadata": {"annotations": {"run.googleapis.com/execution-environment": "gen2"}},
              "spec": {"timeoutSeconds": 60, "containerConcurrency": 1,
                "containers": [{"env": [{"name": "K", "valueFrom": {"secretKeyRef": {"name": "k", "key": "latest"}}}]}]}}}}}}]
        """, "live.json");
    assertEquals("servicenetworking-googleapis-com", g.all(io.vpcgate.model.Network.class).get(0).peerings().get(0).name());
    CloudRunService v2 = g.all(CloudRunService.class).get(0);
    assertEquals(Attr.known("900s"), v2.revision().timeout());
    assertEquals(Attr.known(50), v2.revision().concurrency());
    assertEquals(Attr.known("GEN1"), v2.revision().generation());
    assertEquals(Attr.known("jwt"), v2.containers().get(0).env().get(0).secret());
    assertEquals(Attr.known("3"), v2.containers().get(0).env().get(0).secretVersion());
    CloudRunService v1 = g.all(CloudRunService.class).get(1);
    assertEquals(Attr.known("60s"), v1.revision().timeout());
    assertEquals(Attr.known("GEN2"), v1.revision().generation());
    assertEquals(Attr.known("k"), v1.containers().get(0).env().get(0).secret());
    assertEquals(Attr.known("latest"), v1.containers().get(0).env().get(0).secretVersion());
  }

  @Test
  void knownTypeWithNeitherDataNorPolicy_isAnInputError() {
    InputException e = assertThrows(InputException.class, () -> SnapshotReader.parse("""
        [{"name": "//secretmanager.googleapis.com/projects/acme/secrets/x", "assetType": "secretmanager.googleapis.com/Secret"}]
        """, "live.json"));
    assertTrue(e.getMessage().contains("resource.data is missing"), e.getMessage());
  }

  @Test
  void anOrgPolicyRecordOfAProject_isNotAMalformedResource() {
    // As terraform-google-conversion's example_org_policy_policy.json: the project asset with its org policies only.
    ResourceGraph g = SnapshotReader.parse("""
        [{"name": "//cloudresourcemanager.googleapis.com/projects/acme", "asset_type": "cloudresourcemanager.googleapis.com/Project",
          "v2_org_policies": [{"name": "projects/acme/policies/gcp.resourceLocations"}]}]
        """, "live.json");
    assertTrue(g.resources().isEmpty(), g.resources().toString());
  }
}
