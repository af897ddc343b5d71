package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.asset.v1.Asset;
import com.google.protobuf.util.JsonFormat;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.Project;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** --asset-scope: one Cloud Asset Inventory list for resources and one for IAM policies, across projects. */
class AssetScopeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Asset asset(String json) throws Exception {
    Asset.Builder b = Asset.newBuilder();
    JsonFormat.parser().merge(json, b);
    return b.build();
  }

  @Test
  void organisationScope_readsResourcesAndPoliciesOfEveryProject() throws Exception {
    try (FakeGcp gcp = new FakeGcp()) {
      gcp.grpc.assets.add(asset("""
          {"name": "//vpcaccess.googleapis.com/projects/a/locations/us-central1/connectors/c",
           "assetType": "vpcaccess.googleapis.com/Connector", "ancestors": ["projects/111", "organizations/42"],
           "resource": {"version": "v1", "location": "us-central1", "data": {
             "name": "projects/a/locations/us-central1/connectors/c", "network": "vpc", "ipCidrRange": "10.8.0.0/28",
             "state": "READY"}}}"""));
      gcp.grpc.assets.add(asset("""
          {"name": "//redis.googleapis.com/projects/b/locations/europe-west1/instances/r",
           "assetType": "redis.googleapis.com/Instance",
           "resource": {"version": "v1", "location": "europe-west1", "data": {"host": "10.0.0.3", "port": 6379}}}"""));
      gcp.grpc.assets.add(asset("""
          {"name": "//cloudresourcemanager.googleapis.com/projects/111", "assetType": "cloudresourcemanager.googleapis.com/Project",
           "resource": {"version": "v1", "data": {"projectNumber": "111", "projectId": "a"}}}"""));
      gcp.grpc.policies.add(asset("""
          {"name": "//cloudresourcemanager.googleapis.com/projects/111", "assetType": "cloudresourcemanager.googleapis.com/Project",
           "ancestors": ["projects/111", "organizations/42"],
           "iamPolicy": {"bindings": [{"role": "roles/cloudsql.client", "members": ["serviceAccount:x@a.iam.gserviceaccount.com"]}]}}"""));
      LiveRead read = gcp.reader().read(LiveRequest.scope("organizations/42"), Set.of());
      assertEquals(List.of(), read.gaps());
      ResourceGraph g = read.graph();
      assertEquals(1, g.all(VpcConnector.class).size());
      assertEquals(1, g.all(RedisInstance.class).size());
      assertEquals("b", g.all(RedisInstance.class).get(0).id().projectOr(""));
      IamPolicy policy = g.all(IamPolicy.class).get(0);
      assertEquals("projects/a", policy.resource(), "the project number is translated through the Project asset");
      assertEquals(List.of("projects/a", "organizations/42"), policy.ancestors());
      assertEquals(1, g.all(Project.class).size());
      List<String> called = gcp.behaviour().called();
      assertEquals(List.of("google.cloud.asset.v1.AssetService/ListAssets", "google.cloud.asset.v1.AssetService/ListAssets"),
          called.stream().sorted().toList(), "two calls for the whole organisation");
      JsonNode snapshot = JSON.readTree(SnapshotWriter.render(read));
      assertTrue(snapshot.isArray() && snapshot.size() == 5, snapshot.toString());
      assertEquals("vpcgate/Coverage", snapshot.get(4).get("assetType").asText(), "the snapshot says what it covered");
      var coverage = read.snapshot().coverage();
      assertTrue(coverage.covers("redis_instance", "a", "us-east1") && coverage.covers("vpc_connector", "b", "europe-west1"),
          "a read of a whole scope covers every kind of every project it holds: " + coverage);
      assertTrue(!coverage.covers("redis_instance", "c", "us-east1"), "a project it holds nothing of is not covered");
    }
  }
}
