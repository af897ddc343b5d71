package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.SharedVpcServiceProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kind added through the registry alone: Terraform, a vpcgate snapshot, and what a plain export covers. */
class SharedVpcServiceProjectKindTest {
  @TempDir Path dir;

  @Test
  void terraform_mapsHostAndServiceProject() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        resource "google_compute_shared_vpc_service_project" "svc" {
          host_project    = "acme-host"
          service_project = "acme-app"
        }
        """);
    SharedVpcServiceProject s = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE))
        .all(SharedVpcServiceProject.class).get(0);
    assertEquals(Attr.known("acme-host"), s.hostProject());
    assertEquals(Attr.known("acme-app"), s.id().project());
    assertEquals(Attr.known("acme-app"), s.id().name());
    assertEquals("main.tf:2", io.vpcgate.engine.RuleContext.at(s, SharedVpcServiceProject.HOST_PROJECT).toString());
  }

  @Test
  void vpcgateSnapshot_holdsIt_butAPlainExportNeverCoversIt() {
    String asset = """
        {"name": "//compute.googleapis.com/projects/acme-app", "assetType": "vpcgate/SharedVpcServiceProject",
         "resource": {"version": "v1", "location": "global", "data": {"hostProject": "acme-host"}}}""";
    Snapshot read = SnapshotReader.parseSnapshot("[" + asset + "]", "live.json", false);
    SharedVpcServiceProject live = read.graph().all(SharedVpcServiceProject.class).get(0);
    assertEquals(Attr.known("acme-host"), live.hostProject());
    String network = """
        {"name": "//compute.googleapis.com/projects/acme-app/global/networks/vpc",
         "assetType": "compute.googleapis.com/Network", "resource": {"version": "v1", "data": {"name": "vpc"}}}""";
    Snapshot complete = SnapshotReader.parseSnapshot("[" + network + "]", "export.json", true);
    assertTrue(complete.coverage().coversAnyRegion("network", "acme-app"));
    assertFalse(complete.coverage().coversAnyRegion(SharedVpcServiceProject.KIND, "acme-app"),
        "Cloud Asset Inventory never exports it, so even a complete export does not cover it");
    assertFalse(Kinds.assetTypes().contains("vpcgate/SharedVpcServiceProject"), "never asked of Cloud Asset Inventory");
  }
}
