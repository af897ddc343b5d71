package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  static final Path SAMPLE = Path.of("..", "samples", "staging-incident");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path tf(String text) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    Files.writeString(dir.resolve("main.tf"), text);
    return dir;
  }

  static JsonNode withoutVersion(String json) throws IOException {
    ObjectNode n = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) n.get("tool")).remove("version");
    return n;
  }

  @Test
  void incidentSample_blocksWithTheExpectedReport() throws IOException {
    CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(),
        "--snapshot", SAMPLE.resolve("live.json").toString(), "--format", "json");
    assertEquals(ExitCode.FINDINGS.code(), r.code(), r.err());
    assertEquals(withoutVersion(Files.readString(SAMPLE.resolve("expected.json"))), withoutVersion(r.out()));
    assertEquals("", r.err());
  }

  @Test
  void incidentSample_textReportSaysWhatWhereAndHowToFix() {
    CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(),
        "--snapshot", SAMPLE.resolve("live.json").toString());
    assertEquals(4, r.code());
    assertTrue(r.out().contains("network.tf:8: blocking: [VPCC-05 ConnectorInstanceBounds]"), r.out());
    assertTrue(r.out().contains("backend.tf:58: blocking: [CR-07 CloudRunProbeLimits]"), r.out());
    assertTrue(r.out().contains("[WIRE-06 RedisEndpointMismatch]"), r.out());
    assertTrue(r.out().contains("  fix: "), r.out());
    assertTrue(r.out().strip().endsWith("vpcgate: BLOCKED: 7 blocking, 5 warning, 1 info; "
        + (io.vpcgate.rules.BuiltInRules.all().size() - 2) + " rules ran, 2 skipped, 2 not evaluated"), r.out());
  }

  @Test
  void snapshotComplete_onASnapshotThatRecordsItsCoverage_isIgnoredAndSaysSo() throws IOException {
    Path live = tmp.resolve("vpcgate-snapshot.json");
    Files.writeString(live, """
        [{"name": "//compute.googleapis.com/projects/acme/global/networks/vpc", "assetType": "compute.googleapis.com/Network",
          "resource": {"version": "v1", "data": {"name": "vpc"}}},
         {"name": "//vpcgate/coverage", "assetType": "vpcgate/Coverage",
          "resource": {"version": "1", "data": {"complete": false, "read": [{"kind": "network", "project": "acme", "region": "*"}]}}}]""");
    CliRunner r = CliRunner.run("check", tf("resource \"google_compute_network\" \"vpc\" {\n  name = \"vpc\"\n  project = \"acme\"\n}\n").toString(),
        "--snapshot", live.toString(), "--snapshot-complete");
    assertTrue(r.out().contains("records what it covered (a vpcgate snapshot): --snapshot-complete, which describes a "
        + "plain Cloud Asset export, is ignored"), r.out() + r.err());
  }

  @Test
  void planAndHclScansOfTheSample_giveTheSameFindings() throws IOException {
    String terraform = SAMPLE.resolve("terraform").toString();
    String live = SAMPLE.resolve("live.json").toString();
    String plan = SAMPLE.resolve("plan.json").toString();
    JsonNode hcl = JSON.readTree(CliRunner.run("check", terraform, "--snapshot", live, "--format", "json").out());
    CliRunner withDir = CliRunner.run("check", terraform, "--plan", plan, "--snapshot", live, "--format", "json");
    assertEquals(4, withDir.code(), withDir.err());
    assertEquals(hcl.get("findings"), JSON.readTree(withDir.out()).get("findings"), "same findings on the same .tf lines");

    CliRunner planOnly = CliRunner.run("check", "--plan", plan, "--snapshot", live, "--format", "json");
    assertEquals(4, planOnly.code(), planOnly.err());
    List<String> a = new ArrayList<>();
    hcl.get("findings").forEach(f -> a.add(f.get("ruleId").asText() + " " + f.get("resource").asText() + " " + f.get("message").asText()));
    List<String> b = new ArrayList<>();
    JSON.readTree(planOnly.out()).get("findings").forEach(f -> b.add(f.get("ruleId").asText() + " " + f.get("resource").asText() + " " + f.get("message").asText()));
    assertEquals(a.stream().sorted().toList(), b.stream().sorted().toList(), "without DIR only the locations differ");
  }

  @Test
  void planWithRecursive_isAUsageError() {
    assertEquals(2, CliRunner.run("check", "--recursive", "--plan", SAMPLE.resolve("plan.json").toString()).code());
  }

  @Test
  void envValuesNeverAppearInAnyFormat() {
    for (String format : new String[] {"text", "json"}) {
      CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(),
          "--snapshot", SAMPLE.resolve("live.json").toString(), "--format", format);
      assertFalse(r.out().contains("10.166.204.83"), format + " prints the REDIS_HOST value");
      assertFalse(r.out().contains("backend-database-url"), format + " prints a secret reference");
    }
  }

  @Test
  void withoutLiveState_liveRulesAreSkippedWithTheReason() {
    CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString());
    assertEquals(4, r.code());
    // One line for the rules skipped for one reason, not one line each.
    assertTrue(r.out().lines().anyMatch(l -> l.matches("  \\d+ rules need live state \\(--snapshot or --project\\): .*CR-02.*")),
        r.out());
    assertFalse(r.out().contains("WIRE-06"), "no live Redis, so the endpoint cannot be judged: " + r.out());
  }

  @Test
  void failOn_controlsTheExitCode() throws IOException {
    Path dir = tf("""
        resource "google_vpc_access_connector" "c" {
          name          = "stg-svc-run-conn-a1"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """);
    assertEquals(0, CliRunner.run("check", dir.toString()).code());
    assertEquals(4, CliRunner.run("check", dir.toString(), "--fail-on", "warning").code());
    assertEquals(0, CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--fail-on", "never").code());
  }

  @Test
  void output_writesTheReportToAFile() throws IOException {
    Path out = tmp.resolve("report.json");
    CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--format", "json", "--output", out.toString());
    assertEquals(4, r.code());
    assertEquals("", r.out());
    assertEquals(1, JSON.readTree(Files.readString(out)).get("schemaVersion").asInt());
  }

  @Test
  void varsFromTheCommandLine_overrideTfvars() throws IOException {
    Path dir = tf("""
        variable "max" { default = 5 }
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = var.max
        }
        """);
    assertEquals(0, CliRunner.run("check", dir.toString()).code());
    CliRunner r = CliRunner.run("check", dir.toString(), "--var", "max=20");
    assertEquals(4, r.code());
    assertTrue(r.out().contains("max_instances = 20"), r.out());
  }

  @Test
  void badInput_oneLineExit3NoStackTrace() throws IOException {
    Path dir = tf("resource \"google_vpc_access_connector\" \"c\" {\n  name = \"c\"\n  network = [\n}\n");
    CliRunner r = CliRunner.run("check", dir.toString());
    assertEquals(ExitCode.INPUT_ERROR.code(), r.code());
    assertTrue(r.err().startsWith("vpcgate: main.tf:4:"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals("", r.out(), "no report, never a pass");

    r = CliRunner.run("check", tmp.resolve("nope").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("no such directory"), r.err());

    Path snap = tmp.resolve("live.json");
    Files.writeString(snap, "[{\"name\": \"//vpcaccess.googleapis.com/projects/p/locations/r/connectors/c\", \"assetType\":");
    r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot", snap.toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("live.json:1: invalid JSON"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace without --debug");

    r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot", snap.toString(), "--debug");
    assertEquals(3, r.code());
    assertTrue(r.err().contains("\tat "), "--debug prints the stack trace");
  }

  @Test
  void usageErrors_exit2WithASuggestion() {
    CliRunner r = CliRunner.run("check", "--snapshott", "x");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(r.err().contains("Unknown option: '--snapshott'"), r.err());
    assertTrue(r.err().contains("--snapshot"), r.err());
    assertTrue(r.err().contains("Run 'vpcgate check --help'"), r.err());

    assertEquals(2, CliRunner.run("check", "--format", "xml").code());
    assertEquals(2, CliRunner.run("check", "--var", "novalue").code());
    assertEquals(2, CliRunner.run("frobnicate").code());
    assertEquals(2, CliRunner.run().code());
  }

  @Test
  void help_listsTheExitCodes() {
    CliRunner r = CliRunner.run("check", "--help");
    assertEquals(0, r.code());
    for (ExitCode c : ExitCode.values()) {
      assertTrue(r.out().contains(String.valueOf(c.code())), r.out());
    }
    assertTrue(r.out().contains("incomplete"), r.out());
  }

  @Test
  void theVerdictLineAndTheExitCodeAgree_forEveryFailOn() throws IOException {
    Path dir = tf("""
        resource "google_vpc_access_connector" "c" {
          project       = "acme"
          region        = "us-central1"
          name          = "serverless-vpc-connector"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        """); // VPCC-01: a WARNING only
    CliRunner warning = CliRunner.run("check", dir.toString(), "--fail-on", "warning");
    assertEquals(4, warning.code(), warning.out());
    assertTrue(warning.out().contains("vpcgate: BLOCKED by warnings (--fail-on warning): 0 blocking, 1 warning"), warning.out());
    CliRunner json = CliRunner.run("check", dir.toString(), "--fail-on", "warning", "--format", "json");
    assertEquals("blocked", JSON.readTree(json.out()).path("summary").path("verdict").asText());
    CliRunner blocking = CliRunner.run("check", dir.toString());
    assertEquals(0, blocking.code());
    assertTrue(blocking.out().contains("vpcgate: PASSED with warnings"), blocking.out());
    CliRunner incident = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot",
        SAMPLE.resolve("live.json").toString(), "--fail-on", "never");
    assertEquals(0, incident.code());
    assertTrue(incident.out().contains("vpcgate: PASSED: blocking findings do not fail this gate (--fail-on never): 7 blocking"),
        incident.out());
    assertTrue(!incident.out().contains("BLOCKED"), incident.out());
  }

  @Test
  void aFileGivenToTheWrongOption_isNamedForWhatItIs() throws IOException {
    String terraform = SAMPLE.resolve("terraform").toString();
    String plan = SAMPLE.resolve("plan.json").toString();
    String live = SAMPLE.resolve("live.json").toString();
    Path state = tmp.resolve("state.json");
    Files.writeString(state, "{\"format_version\": \"1.0\", \"terraform_version\": \"1.9.5\", \"values\": {\"root_module\": {}}}");
    Path pretty = tmp.resolve("pretty-plan.json");
    Files.writeString(pretty, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(Files.readString(Path.of(plan)))));
    String[][] cases = {
        {"--state", plan, "plan.json is a Terraform plan (terraform show -json PLANFILE), not Terraform state: give it with --plan"},
        {"--plan", state.toString(), "state.json is Terraform state, not a Terraform plan (terraform show -json PLANFILE): give it with --state"},
        {"--plan", live, "live.json is a Cloud Asset snapshot, not a Terraform plan (terraform show -json PLANFILE): give it with --snapshot"},
        {"--state", live, "live.json is a Cloud Asset snapshot, not Terraform state: give it with --snapshot"},
        {"--snapshot", plan, "plan.json is a Terraform plan (terraform show -json PLANFILE), not a Cloud Asset snapshot: give it with --plan"},
        {"--snapshot", pretty.toString(), "pretty-plan.json is a Terraform plan (terraform show -json PLANFILE), not a Cloud Asset snapshot: give it with --plan"},
        {"--snapshot", state.toString(), "state.json is Terraform state, not a Cloud Asset snapshot: give it with --state"}};
    for (String[] c : cases) {
      CliRunner r = CliRunner.run("check", terraform, c[0], c[1]);
      assertEquals(ExitCode.INPUT_ERROR.code(), r.code(), String.join(" ", c) + ": " + r.out() + r.err());
      assertTrue(r.err().contains(c[2]), c[0] + ": " + r.err());
      assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
    }
  }

  @Test
  void terraformThatTerraformRejects_isAnInputErrorNamingFileAndLine() throws IOException {
    String connector = """
        resource "google_vpc_access_connector" "c" {
          name          = "c"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          max_instances = 20
          max_instances = 5
        }
        """;
    CliRunner r = CliRunner.run("check", tf(connector).toString());
    assertEquals(3, r.code(), r.out());
    assertTrue(r.err().contains("main.tf:6:3: attribute redefined: max_instances was already set at line 5"), r.err());

    r = CliRunner.run("check", tf(connector.replace("  max_instances = 5\n", "") + connector.replace("  max_instances = 5\n", "")).toString());
    assertEquals(3, r.code(), r.out());
    assertTrue(r.err().contains("main.tf:7: duplicate resource google_vpc_access_connector.c: already declared at main.tf:1"),
        r.err());

    r = CliRunner.run("check", tf("resource \"google_vpc_access_connector\" {\n  name = \"c\"\n}\n").toString());
    assertEquals(3, r.code(), r.out());
    assertTrue(r.err().contains("main.tf:1: resource block with 1 label; all resource blocks must have 2 (type, name)"), r.err());

    String typed = """
        variable "n" {
          type = number
        }
        variable "ns" {
          type = list(number)
          default = []
        }
        """;
    r = CliRunner.run("check", tf(typed).toString(), "--var", "n=abc");
    assertEquals(3, r.code(), r.out());
    assertTrue(r.err().contains("main.tf:1: invalid value for variable \"n\""), r.err());
    assertTrue(r.err().contains("a number is required"), r.err());
    assertTrue(!r.err().contains("abc"), "a given value is never echoed: " + r.err());
    r = CliRunner.run("check", tf(typed).toString(), "--var", "n=3", "--var", "ns=[\"a\"]");
    assertEquals(3, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("main.tf:4: invalid value for variable \"ns\""), r.err());
    assertTrue(r.err().contains("element 0: a number is required"), r.err());
    assertEquals(0, CliRunner.run("check", tf(typed).toString(), "--var", "n=3", "--var", "ns=[1, \"2\"]").code());
  }

  @Test
  void aModuleNotDownloaded_makesTheRunIncomplete_inEveryFormat() throws IOException {
    Path dir = tf("""
        module "net" {
          source  = "terraform-google-modules/network/google"
          version = "~> 9.0"
        }
        """);
    for (String format : new String[] {"text", "json", "sarif", "junit", "github", "markdown"}) {
      CliRunner r = CliRunner.run("check", dir.toString(), "--format", format);
      assertEquals(ExitCode.INCOMPLETE.code(), r.code(), format + ": " + r.out());
      assertTrue(r.out().contains("is not downloaded (run terraform init)"), format + ": " + r.out());
      assertTrue(!r.out().contains("✅") && !r.out().contains("PASSED"), format + ": " + r.out());
    }
    assertEquals(0, CliRunner.run("check", dir.toString(), "--allow-incomplete").code());
  }

  @Test
  void aVariableWithoutAValue_isNamedInEveryFormat_andCounted() throws IOException {
    Path dir = tf("""
        variable "redis_host" {
          type = string
        }
        """);
    for (String format : new String[] {"text", "json", "sarif", "junit", "github", "markdown"}) {
      CliRunner r = CliRunner.run("check", dir.toString(), "--format", format);
      assertEquals(0, r.code(), format + ": " + r.err());
      assertTrue(r.out().contains("main.tf:1: var.redis_host has no value"), format + ": " + r.out());
    }
    assertTrue(CliRunner.run("check", dir.toString()).out().contains("1 not evaluated"));
    assertEquals(1, JSON.readTree(CliRunner.run("check", dir.toString(), "--format", "json").out())
        .path("summary").path("notes").asInt());
  }

  @Test
  void aSnapshotOfAnotherEnvironment_saysItHoldsNothingOfTheProject() throws IOException {
    Path empty = tmp.resolve("other-env.json");
    Files.writeString(empty, "[]");
    CliRunner r = CliRunner.run("check", SAMPLE.resolve("terraform").toString(), "--snapshot", empty.toString());
    assertTrue(r.out().contains("the live state holds nothing of project acme-staging (a snapshot of another project or "
        + "environment?)"), r.out());
    assertTrue(!r.out().contains("does not exist live"), r.out());
  }

  @Test
  void aPlanMadeFromAnotherDirectory_isAnInputErrorNamingTheFirstAddress() {
    CliRunner r = CliRunner.run("check", Path.of("..", "samples", "healthy", "terraform").toString(),
        "--plan", SAMPLE.resolve("plan.json").toString());
    assertEquals(ExitCode.INPUT_ERROR.code(), r.code(), r.out());
    assertTrue(r.err().contains("plan.json: its configuration declares google_vpc_access_connector.staging, which the "
        + "Terraform directory given does not (a plan made from another directory or commit?)"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void terraformJsonSyntax_isReadWithPositions_likeNativeSyntax() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("json"));
    Files.writeString(dir.resolve("main.tf.json"), """
        {
          "//": "the same connector and service as native syntax",
          "provider": {"google": {"project": "acme", "region": "us-central1"}},
          "variable": {"env": {"type": "string", "default": "staging"}},
          "locals": {"conn": "${var.env}-conn"},
          "resource": {
            "google_vpc_access_connector": {
              "conn": {
                "name": "${local.conn}",
                "network": "vpc",
                "ip_cidr_range": "10.8.0.0/28",
                "min_instances": 2,
                "max_instances": 20
              }
            },
            "google_cloud_run_v2_service": {
              "api": {
                "name": "api",
                "location": "us-central1",
                "labels": {"team": "payments"},
                "template": {
                  "containers": [{"image": "us-docker.pkg.dev/cloudrun/container/hello"}],
                  "vpc_access": {"connector": "${google_vpc_access_connector.conn.id}", "egress": "ALL_TRAFFIC"}
                },
                "depends_on": ["google_vpc_access_connector.conn"]
              }
            }
          }
        }
        """);
    Files.writeString(dir.resolve("terraform.tfvars.json"), "{\"env\": \"prod\"}");
    JsonNode report = JSON.readTree(CliRunner.run("check", dir.toString(), "--format", "json").out());
    List<String> findings = new ArrayList<>();
    report.get("findings").forEach(f -> findings.add(f.get("ruleId").asText() + " " + f.get("location").get("file").asText()
        + ":" + f.get("location").get("line").asInt()));
    assertTrue(findings.contains("VPCC-05 main.tf.json:13"), findings.toString()); // max_instances = 20, at its line
    assertTrue(report.get("findings").toString().contains("google_vpc_access_connector.conn"), report.toString());
    assertTrue(!report.toString().contains("Terraform JSON syntax is not read"), report.toString());
    assertTrue(findings.stream().noneMatch(f -> f.startsWith("TF-01")), "labels is a map, template and vpc_access are "
        + "blocks: " + findings);
  }

  @Test
  void aSnapshotMayBeGzipped_splitInShards_orGivenTwice_andReadsTheSame() throws IOException {
    String terraform = SAMPLE.resolve("terraform").toString();
    String expected = CliRunner.run("check", terraform, "--snapshot", SAMPLE.resolve("live.json").toString(),
        "--format", "json").out();
    JsonNode assets = JSON.readTree(Files.readString(SAMPLE.resolve("live.json")));
    Path shards = Files.createDirectories(tmp.resolve("export"));
    Path gz = tmp.resolve("live.json.gz");
    List<String> lines = new ArrayList<>();
    assets.forEach(a -> lines.add(a.toString()));
    int half = lines.size() / 2;
    Files.writeString(shards.resolve("part-0.ndjson"), String.join("\n", lines.subList(0, half)) + "\n");
    Files.writeString(shards.resolve("part-1.ndjson"), String.join("\n", lines.subList(half, lines.size())) + "\n");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(SAMPLE.resolve("live.json")));
    }
    // An export also holds assets vpcgate does not read: skipped unparsed, they still say what was read.
    Path unrelated = tmp.resolve("unrelated.ndjson");
    Files.writeString(unrelated, "{\"name\": \"//storage.googleapis.com/b\", \"asset_type\": \"storage.googleapis.com/Bucket\", "
        + "\"resource\": {\"data\": {\"deep\": [[[{\"x\": 1}]]]}}}\n");
    for (String[] args : new String[][] {{"--snapshot", shards.toString()}, {"--snapshot", gz.toString()},
        {"--snapshot", shards.resolve("part-0.ndjson").toString(), "--snapshot", shards.resolve("part-1.ndjson").toString(),
            "--snapshot", unrelated.toString()}}) {
      List<String> all = new ArrayList<>(List.of("check", terraform, "--format", "json"));
      all.addAll(List.of(args));
      CliRunner r = CliRunner.run(all.toArray(String[]::new));
      assertEquals(withoutVersion(expected).get("findings"), withoutVersion(r.out()).get("findings"), String.join(" ", args));
    }
  }
}
