package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource's configured paths are those whose value is not null, decided as its body is evaluated: what
 * {@link ConfiguredPaths#withoutNulls} would keep of every path written, with nothing left for it to take out.
 */
class ConfiguredAtEvaluationTest {
  @TempDir Path dir;

  @Test
  void aPathWhoseValueIsNullIsNotConfigured_norABlockAnAttributeOfItsNameHides() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        variable "none" {
          default = null
        }
        resource "google_cloud_run_v2_service" "s" {
          name        = "s"
          location    = "europe-west1"
          description = null
          labels      = var.none
          template {
            vpc_access {
              connector = null
            }
            containers {
              image = "gcr.io/acme/api"
            }
          }
          scaling = null
          scaling {
            min_instance_count = 1
          }
          traffic = [{ percent = 100 }]
          traffic {
            percent = 50
            tag     = "blue"
          }
        }
        """);
    TfResource r = TerraformReader.read(dir, TerraformOptions.NONE).resources().get(0);
    assertEquals(new TreeSet<>(Set.of("name", "location", "template[0]", "template[0].vpc_access[0]",
        "template[0].containers[0]", "template[0].containers[0].image", "traffic", "traffic[0]",
        "traffic[0].percent")), new TreeSet<>(r.attributeLocations().keySet()));
  }

  /** On every sample, what a walk of each path through the configuration would keep is all there is. */
  @Test
  void nothingIsLeftForTheWalkToTakeOut() throws IOException {
    List<Path> roots;
    try (Stream<Path> s = Files.walk(Path.of("..", "samples"))) {
      roots = s.filter(p -> p.toString().endsWith(".tf")).map(Path::getParent).distinct().sorted().toList();
    }
    int resources = 0;
    for (Path root : roots) {
      TerraformConfig c;
      try {
        c = TerraformReader.read(root, TerraformOptions.NONE);
      } catch (io.vpcgate.input.InputException e) {
        continue; // a module that needs its caller's inputs
      }
      for (TfResource r : Stream.concat(c.resources().stream(), c.dataSources().stream()).toList()) {
        assertEquals(r.attributeLocations().keySet(),
            ConfiguredPaths.withoutNulls(r.attributeLocations(), r.config()).keySet(), root + " " + r.address());
        resources++;
      }
    }
    assertTrue(resources > 50, "resources " + resources);
  }
}
