package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.suppress.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roots that call one module outside them read it as they would alone, though its files are parsed once. */
class ModuleParsesTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void roots() throws IOException {
    for (String root : List.of("a", "b")) {
      write("envs/" + root + "/main.tf", """
          module "net" {
            source = "../../modules/net"
            name   = "%s"
          }
          module "own" {
            source = "./own"
          }
          """.formatted(root));
      write("envs/" + root + "/own/main.tf", """
          resource "google_compute_network" "own" {
            name = "own"
          }
          """);
    }
    write("modules/net/main.tf", """
        variable "name" {}
        # %s WIRE-01 -- kept in every root that calls the module
        resource "google_vpc_access_connector" "main" {
          name          = "${var.name}-conn"
          ip_cidr_range = "10.8.0.0/28"
        }
        """.formatted(Suppressions.MARK));
  }

  private static TerraformConfig read(Path root, ModuleParses parses) {
    return TerraformReader.read(root, TerraformOptions.NONE.acrossRoots(DirectoryListings.NONE, parses));
  }

  private static String shown(TerraformConfig c) {
    return c.resources().stream().map(r -> r.address() + " " + r.config() + " " + r.location()).sorted().toList()
        + " " + c.suppressionSources() + " " + c.notes();
  }

  @Test
  void eachRootReadsTheSharedModuleAsAlone_itsFilesParsedOnce() throws IOException {
    roots();
    ModuleParses parses = new ModuleParses();
    Map<String, String> together = Map.of("a", shown(read(dir.resolve("envs/a"), parses)),
        "b", shown(read(dir.resolve("envs/b"), parses)));
    assertEquals(Map.of("a", shown(read(dir.resolve("envs/a"), ModuleParses.NONE)),
        "b", shown(read(dir.resolve("envs/b"), ModuleParses.NONE))), together);
    assertTrue(together.get("b").contains("b-conn"), together.get("b"));
    assertTrue(together.get("b").contains("../../modules/net/main.tf"), together.get("b")); // its mark, too

    Path shared = dir.resolve("modules/net/main.tf").toAbsolutePath().normalize();
    ModuleParses.Parsed kept = parses.get(shared);
    assertNotNull(kept);
    assertTrue(kept.mentionsSuppression());
    read(dir.resolve("envs/a"), parses);
    assertSame(kept, parses.get(shared)); // not parsed again
    assertNull(parses.get(dir.resolve("envs/a/own/main.tf").toAbsolutePath().normalize())); // a root's own module
    assertNull(parses.get(dir.resolve("envs/a/main.tf").toAbsolutePath().normalize()));
  }

  @Test
  void aSharedFileThatDoesNotParseIsNamedAsEachRootSeesIt_andNotKept() throws IOException {
    roots();
    write("modules/net/broken.tf", "resource \"x\" {\n");
    ModuleParses parses = new ModuleParses();
    for (String root : List.of("a", "b")) {
      InputException e = assertThrows(InputException.class, () -> read(dir.resolve("envs/" + root), parses));
      assertTrue(e.getMessage().startsWith("../../modules/net/broken.tf:"), e.getMessage());
    }
    assertNull(parses.get(dir.resolve("modules/net/broken.tf").toAbsolutePath().normalize()));
  }

  @Test
  void noneKeepsNothing() throws IOException {
    roots();
    read(dir.resolve("envs/a"), ModuleParses.NONE);
    assertNull(ModuleParses.NONE.get(dir.resolve("modules/net/main.tf").toAbsolutePath().normalize()));
  }
}
