package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF locations and GitHub annotations name files from the repository root, as code scanning and
 * annotations resolve them: with a directory argument below the root, an absolute one, --recursive, and
 * findings in a module reached through {@code ../..}.
 */
class RepositoryPathsTest {
  @TempDir Path tmp;

  private Path repo() throws IOException {
    Path repo = tmp.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    write(repo.resolve("infra/modules/conn/main.tf"), """
        variable "max" {}
        resource "google_vpc_access_connector" "c" {
          name          = "stg-conn"
          region        = "us-central1"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          min_instances = 2
          max_instances = var.max
        }
        """);
    for (String env : List.of("staging", "prod")) {
      write(repo.resolve("infra/envs/" + env + "/main.tf"), """
          module "conn" {
            source = "../../modules/conn"
            max    = 20
          }
          resource "google_vpc_access_connector" "own" {
            name          = "own-conn"
            region        = "us-central1"
            network       = "vpc"
            ip_cidr_range = "10.9.0.0/28"
            min_instances = 2
            max_instances = 30
          }
          """);
    }
    return repo;
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void everySarifLocation_resolvesFromTheRepositoryRoot() throws IOException {
    Path repo = repo();
    List<List<String>> runs = List.of(
        List.of("check", repo.resolve("infra/envs/staging").toString()),
        List.of("check", repo.resolve("infra/envs/staging/../prod").toString()),
        List.of("check", "--recursive", repo.resolve("infra").toString()));
    for (List<String> args : runs) {
      List<String> all = new ArrayList<>(args);
      all.addAll(List.of("-f", "sarif", "--fail-on", "never"));
      CliRunner r = CliRunner.run(all.toArray(String[]::new));
      assertEquals(0, r.code(), r.err());
      JsonNode run = CheckCommandTest.JSON.readTree(r.out()).get("runs").get(0);
      assertEquals(repo.toUri().toString(), run.at("/originalUriBaseIds/SRCROOT/uri").asText());
      List<String> uris = run.findValues("artifactLocation").stream().map(a -> a.get("uri").asText()).toList();
      assertTrue(uris.size() >= 2, args + ": " + uris);
      assertTrue(uris.stream().anyMatch(u -> u.startsWith("infra/modules/conn/")), args + ": " + uris);
      for (String uri : uris) {
        assertFalse(uri.contains(".."), uri);
        assertFalse(uri.startsWith("/"), uri);
        assertTrue(Files.isRegularFile(repo.resolve(uri)), args + ": " + uri + " does not resolve from the root");
      }
      run.findValues("artifactLocation").forEach(a -> assertEquals("SRCROOT", a.get("uriBaseId").asText()));
    }
  }

  @Test
  void annotations_nameFilesFromTheRepositoryRoot() throws IOException {
    Path repo = repo();
    CliRunner r = CliRunner.run("check", repo.resolve("infra/envs/staging").toString(), "-f", "github");
    assertEquals(4, r.code(), r.err());
    Matcher m = Pattern.compile("file=([^,]+),line=").matcher(r.out());
    int files = 0;
    while (m.find()) {
      files++;
      assertTrue(Files.isRegularFile(repo.resolve(m.group(1))), m.group(1) + " in " + r.out());
      assertFalse(m.group(1).contains(".."), m.group(1));
    }
    assertTrue(files >= 2, r.out());
  }
}
