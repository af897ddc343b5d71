package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecursiveCheckTest {
  @TempDir Path top;

  private void write(String name, String text) throws IOException {
    Path p = top.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private void monorepo() throws IOException {
    for (String env : List.of("dev", "prod")) {
      write("envs/" + env + "/main.tf", """
          module "net" {
            source        = "../../modules/net"
            max_instances = %d
          }
          """.formatted(env.equals("dev") ? 5 : 20));
    }
    write("modules/net/main.tf", """
        variable "max_instances" {}
        resource "google_vpc_access_connector" "main" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = var.max_instances
        }
        """);
  }

  @Test
  void everyRootModuleIsCheckedAndReportedTogether() throws IOException {
    monorepo();
    CliRunner r = CliRunner.run("check", "--recursive", top.toString(), "--format", "json");
    assertEquals(4, r.code(), r.err());
    JsonNode findings = CheckCommandTest.JSON.readTree(r.out()).get("findings");
    assertEquals(1, findings.size(), r.out());
    JsonNode f = findings.get(0);
    assertEquals("VPCC-05", f.get("ruleId").asText());
    assertEquals("module.net.google_vpc_access_connector.main", f.get("resource").asText());
    assertEquals("envs/prod/../../modules/net/main.tf", f.get("location").get("file").asText());
  }

  @Test
  void anUnreadableRootFailsClosedButTheOthersAreStillReported() throws IOException {
    monorepo();
    write("envs/broken/main.tf", "resource \"x\" {\n");
    CliRunner r = CliRunner.run("check", "--recursive", top.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("envs/broken: main.tf:"), r.err());
    assertTrue(r.out().contains("[VPCC-05 ConnectorInstanceBounds]"), r.out());
    assertTrue(r.out().contains("FAILED (inputs could not be read)"), r.out());
  }

  @Test
  void manyRoots_sameFindingsAsOneByOne() throws IOException {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      write("r" + i + "/main.tf", """
          resource "google_vpc_access_connector" "c" {
            name          = "conn-%d"
            network       = "vpc"
            ip_cidr_range = "10.8.0.0/28"
            max_instances = %d
          }
          """.formatted(i, 8 + i));
      if (8 + i > 10) {
        expected.add("r" + i + "/main.tf:5");
      }
    }
    CliRunner r = CliRunner.run("check", "--recursive", top.toString(), "--format", "json");
    List<String> got = new ArrayList<>();
    CheckCommandTest.JSON.readTree(r.out()).get("findings").forEach(f ->
        got.add(f.get("location").get("file").asText() + ":" + f.get("location").get("line").asInt()));
    assertEquals(expected.stream().sorted().toList(), got.stream().sorted().toList());
  }
}
