package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.AppEngineApplication;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.Attr;
import io.vpcgate.model.ResourceGraph;
import org.junit.jupiter.api.Test;

/** An application's location places its project's versions in a region, in any graph. */
class AppEngineApplicationKindTest {
  @Test
  void fromACloudAssetExport_theApplicationPlacesItsVersions() {
    ResourceGraph g = SnapshotReader.parseSnapshot("""
        [{"name": "//appengine.googleapis.com/apps/acme", "assetType": "appengine.googleapis.com/Application",
          "resource": {"version": "v1", "data": {"name": "apps/acme", "id": "acme", "locationId": "us-central"}}},
         {"name": "//appengine.googleapis.com/apps/acme/services/api/versions/v1",
          "assetType": "appengine.googleapis.com/Version",
          "resource": {"version": "v1", "data": {"name": "apps/acme/services/api/versions/v1", "id": "v1"}}}]""",
        "live.json", false).graph();
    AppEngineApplication app = g.all(AppEngineApplication.class).get(0);
    assertEquals(Attr.known("acme"), app.id().project());
    assertEquals(Attr.known("us-central"), app.locationId());
    assertEquals(Attr.known("us-central1"), g.all(AppEngineVersion.class).get(0).id().region(),
        "us-central is us-central1 outside App Engine");
  }
}
