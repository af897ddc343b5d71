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
    assertEquals("modules/net/main.tf", f.get("location").get("file").asText(), "named from the top, as it is written");
    assertEquals("envs/prod", f.get("root").asText(), "found in the root that calls it");
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

  /**
   * The checks tell the root modules from the modules they call by what each directory's parse found; the root
   * search's own scan is the reference: the same directories, in every case where the two could part (a caller that
   * does not parse, an override file, a .tf.json caller, a heredoc source, modules calling modules, a cycle).
   */
  @Test
  void theRootsAreThoseTheRootSearchFinds() throws IOException {
    String call = "module \"m\" {\n  source = \"%s\"\n}\n";
    String resource = "resource \"google_compute_network\" \"n\" {\n  name = \"n\"\n}\n";
    write("envs/a/main.tf", call.formatted("../../modules/m"));
    write("modules/m/main.tf", call.formatted("../n") + resource);
    write("modules/n/main.tf", resource);
    write("envs/broken/main.tf", call.formatted("../../modules/o"));
    write("envs/broken/bad.tf", "resource \"x\" {\n"); // lexes, does not parse: the check fails
    write("modules/o/main.tf", resource);
    write("envs/unlexable/main.tf", call.formatted("../../modules/u"));
    write("envs/unlexable/bad.tf", "x = \"unclosed\n");
    write("modules/u/main.tf", resource);
    write("envs/over/main.tf", resource);
    write("envs/over/override.tf", call.formatted("../../modules/q"));
    write("modules/q/main.tf", resource);
    write("envs/json/main.tf.json", "{\"module\": {\"r\": {\"source\": \"../../modules/r\"}}}");
    write("modules/r/main.tf", resource);
    write("envs/heredoc/main.tf", "module \"s\" {\n  source = <<EOT\n../../modules/s\nEOT\n}\n");
    write("modules/s/main.tf", resource);
    write("envs/remote/main.tf", call.formatted("terraform-google-modules/network/google"));
    write("cycle/a/main.tf", call.formatted("../b"));
    write("cycle/b/main.tf", call.formatted("../a"));
    write(".terraform/modules/x/main.tf", resource);
    List<String> expected = io.vpcgate.input.terraform.RootModules.find(top).stream()
        .map(d -> top.relativize(d).toString().replace('\\', '/')).toList();
    assertTrue(expected.containsAll(List.of("envs/a", "envs/json", "modules/r", "modules/s"))
        && !expected.contains("modules/o") && !expected.contains("modules/q") && !expected.contains("cycle/a"), expected.toString());

    JsonNode report = CheckCommandTest.JSON.readTree(CliRunner.run("check", "--recursive", top.toString(),
        "--format", "json").out());
    List<String> got = new ArrayList<>();
    report.get("roots").forEach(r -> got.add(r.asText()));
    report.get("errors").forEach(e -> got.add(e.asText().substring(0, e.asText().indexOf(": "))));
    assertEquals(expected, got.stream().sorted().toList());
  }

  @Test
  void aCycleOfModulesAloneHasNoRoot() throws IOException {
    write("a/main.tf", "module \"b\" {\n  source = \"../b\"\n}\n");
    write("b/main.tf", "module \"a\" {\n  source = \"../a\"\n}\n");
    CliRunner r = CliRunner.run("check", "--recursive", top.toString());
    assertEquals(3, r.code(), r.err());
    assertTrue(r.err().contains("no Terraform root modules"), r.err());
  }

  /**
   * The checks read the directories the walk listed instead of listing them again: the same report as when every
   * check lists its own, with links to .tf files, tfvars and module directories, a dangling link, a directory named
   * like a .tf file and hidden ones in the tree.
   */
  @Test
  void theWalksListingsGiveTheSameReportAsListingAgain() throws IOException {
    monorepo();
    write("envs/dev/terraform.tfvars", "unused = 1\n");
    write("shared/extra.tf", "resource \"google_compute_network\" \"extra\" {\n  name = \"extra\"\n}\n");
    write("shared/prod.tfvars", "x = 1\n");
    Files.createSymbolicLink(top.resolve("envs/prod/extra.tf"), top.resolve("shared/extra.tf"));
    Files.createSymbolicLink(top.resolve("envs/prod/terraform.tfvars"), top.resolve("shared/prod.tfvars"));
    Files.createSymbolicLink(top.resolve("envs/linked"), top.resolve("envs/dev")); // not walked into
    write("envs/stage/main.tf", "module \"net\" {\n  source = \"../../modules/linked-net\"\n  max_instances = 3\n}\n");
    Files.createSymbolicLink(top.resolve("modules/linked-net"), top.resolve("modules/net"));
    Files.createDirectories(top.resolve("envs/stage/dir.tf"));
    Files.createDirectories(top.resolve("envs/stage/.terraform"));
    write("envs/dangling/main.tf", "resource \"google_compute_network\" \"n\" {\n  name = \"n\"\n}\n");
    Files.createSymbolicLink(top.resolve("envs/dangling/gone.auto.tfvars"), top.resolve("nowhere"));
    io.vpcgate.report.JsonReporter json = new io.vpcgate.report.JsonReporter(new io.vpcgate.report.ToolInfo("t", "1"));
    io.vpcgate.input.terraform.DirectoryListings listings = new io.vpcgate.input.terraform.DirectoryListings();
    String listed = json.render(RecursiveCheck.run(top, root -> check(root,
        io.vpcgate.input.terraform.TerraformOptions.NONE.acrossRoots(listings,
            new io.vpcgate.input.terraform.ModuleParses())), e -> { }, listings));
    String relisted = json.render(RecursiveCheck.run(top, root -> check(root,
        io.vpcgate.input.terraform.TerraformOptions.NONE), e -> { }));
    assertEquals(relisted, listed);
    assertTrue(listed.contains("\"envs/stage\"") && listed.contains("envs/dangling: gone.auto.tfvars: no such file"), listed);
  }

  private static RecursiveCheck.Checked check(Path root, io.vpcgate.input.terraform.TerraformOptions options) {
    io.vpcgate.pipeline.TerraformInputs tf = io.vpcgate.pipeline.Pipeline.terraform(java.util.Optional.of(root),
        java.util.Optional.empty(), java.util.Optional.empty(), options);
    return new RecursiveCheck.Checked(io.vpcgate.pipeline.Pipeline.check(tf, java.util.Optional.empty(),
        new io.vpcgate.engine.Engine(io.vpcgate.rules.BuiltInRules.all()), java.time.LocalDate.now()),
        tf.config().moduleSources());
  }
}
