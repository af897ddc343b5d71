package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that go where they should not: module sources outside the repository, symlink loops, a
 * FIFO where a .tf file should be, unreadable files, missing var files. Each ends in a report or in
 * one clean line naming the path, never in a hang.
 */
class InputPathsTest {
  private static final String CONNECTOR = """
      resource "google_vpc_access_connector" "c" {
        name          = "conn"
        region        = "us-central1"
        network       = "vpc"
        ip_cidr_range = "10.8.0.0/28"
        max_instances = 20
      }
      """;
  @TempDir Path top;

  private Path write(String name, String text) throws IOException {
    Path p = top.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private static CliRunner run(String... args) {
    CliRunner r = CliRunner.within(Duration.ofSeconds(20), args);
    Outcome.assertClean(r);
    return r;
  }

  @Test
  void moduleOutsideTheRepository_isReadAndNoted() throws IOException {
    Files.createDirectories(top.resolve("repo/.git"));
    write("repo/envs/prod/main.tf", "module \"net\" {\n  source = \"../../../shared/net\"\n}\n"
        + "module \"app\" {\n  source = \"../../modules/app\"\n}\n");
    write("repo/modules/app/main.tf", "locals {}\n");
    write("shared/net/main.tf", CONNECTOR);
    CliRunner r = run("check", top.resolve("repo/envs/prod").toString(), "--format", "json");
    assertEquals(4, r.code(), r.err());
    assertTrue(r.out().contains("module.net.google_vpc_access_connector.c"), r.out());
    assertTrue(r.out().contains("main.tf:1: module.net: source \\\"../../../shared/net\\\" is outside the repository ("
        + top.resolve("repo").toAbsolutePath()), r.out());
    assertTrue(!r.out().contains("module.app: source"), "a module inside the repository is not noted: " + r.out());
  }

  @Test
  void tfFileThatIsASymlinkLoop_isOneLine() throws IOException {
    write("main.tf", CONNECTOR);
    Files.createSymbolicLink(top.resolve("loop.tf"), Path.of("loop.tf"));
    CliRunner r = run("check", top.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("vpcgate: loop.tf: cannot read:"), r.err());
  }

  @Test
  void moduleSourceThatIsASymlinkLoop_isOneLine() throws IOException {
    write("main.tf", "module \"m\" {\n  source = \"./mods\"\n}\n");
    Files.createSymbolicLink(top.resolve("mods"), Path.of("mods"));
    CliRunner r = run("check", top.toString());
    assertEquals(3, r.code());
    assertEquals("vpcgate: main.tf:1: module.m: source \"./mods\" is a symlink that does not resolve (a loop, or a "
        + "missing target)", r.err().strip());
  }

  @Test
  void fifoWhereATfFileShouldBe_isRefusedNotWaitedOn() throws Exception {
    write("main.tf", CONNECTOR);
    Process mkfifo = new ProcessBuilder("mkfifo", top.resolve("pipe.tf").toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    CliRunner r = run("check", top.toString());
    assertEquals(3, r.code());
    assertEquals("vpcgate: pipe.tf: not a regular file (a FIFO, socket or device); it is not read", r.err().strip());
  }

  @Test
  void recursiveWalk_doesNotFollowADirectorySymlinkLoop() throws IOException {
    write("a/main.tf", CONNECTOR);
    Files.createSymbolicLink(top.resolve("a/loop"), Path.of(".."));
    CliRunner r = run("check", "--recursive", top.toString(), "--format", "json");
    assertEquals(4, r.code(), r.err());
    assertEquals(1, CheckCommandTest.JSON.readTree(r.out()).get("findings").size(), r.out());
  }

  @Test
  void unreadableFile_isOneLine() throws IOException {
    write("main.tf", CONNECTOR);
    Path secret = write("private.tf", "locals {}\n");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(secret), "not running as root, which reads any file");
    CliRunner r = run("check", top.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("vpcgate: private.tf: cannot read:"), r.err());
  }

  @Test
  void varFileThatDoesNotExist_isOneLine() throws IOException {
    write("main.tf", CONNECTOR);
    CliRunner r = run("check", top.toString(), "--var-file", top.resolve("../elsewhere/none.tfvars").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("none.tfvars: --var-file does not exist"), r.err());
  }

  @Test
  void errorsKeepTheirCause_inOneLine() throws IOException {
    write("main.tf", CONNECTOR);
    // A binary plan file (a zip): say what it is and what to run.
    Path binary = top.resolve("tfplan");
    Files.write(binary, new byte[] {'P', 'K', 3, 4, (byte) 0x9f, (byte) 0xff, 0, 1});
    CliRunner r = run("check", top.toString(), "--plan", binary.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("tfplan: is a binary terraform plan file; give the JSON of it: terraform show -json tfplan "
        + "> plan.json"), r.err());
    // A report into a directory that does not exist.
    r = run("check", top.toString(), "--output", top.resolve("missing/dir/r.txt").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("cannot write the report: the directory " + top.resolve("missing/dir").toAbsolutePath()
        + " does not exist"), r.err());
    // A --var-file that is a directory, and one with a syntax error named as typed.
    r = run("check", top.toString(), "--var-file", top.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains(": --var-file is a directory, not a file"), r.err());
    Path vars = Files.createDirectories(top.resolve("../vars-" + top.getFileName())).resolve("prod.tfvars");
    Files.writeString(vars, "x = \n");
    r = run("check", top.toString(), "--var-file", vars.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().startsWith("vpcgate: " + vars + ":1:"), r.err());
    for (CliRunner each : new CliRunner[] {r}) {
      assertEquals(1, each.err().strip().lines().count(), each.err());
    }
  }
}
