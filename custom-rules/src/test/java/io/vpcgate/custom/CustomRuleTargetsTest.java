package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.InputException;
import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each target a rule can be on, what its variables hold, and the limits of evaluation. */
class CustomRuleTargetsTest {
  @TempDir
  Path tmp;

  private static String rule(String id, String on, String when, String message, String extra) {
    return "- id: " + id + "\n  summary: A test rule\n  severity: warning\n  category: wiring\n  on: " + on
        + "\n  when: '" + when.replace("'", "''") + "'\n  message: '" + message.replace("'", "''")
        + "'\n  remediation: Fix it.\n  sources: [https://example.com/policy]\n" + extra;
  }

  private List<Rule> load(String yaml) throws IOException {
    Path f = tmp.resolve("rules.yaml");
    Files.writeString(f, yaml);
    return CustomRules.load(List.of(f), Set.of("CR-01", "WIRE-01"));
  }

  private Report check(List<Rule> rules, String hcl, Optional<Path> snapshot) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    Files.writeString(dir.resolve("main.tf"), hcl);
    Optional<LiveState> live = snapshot.map(s -> {
      Snapshot read = SnapshotReader.readSnapshot(s, true); // --snapshot-complete: it holds every kind of its projects
      return new LiveState(read.graph(), read.coverage(), List.of(), read.notes());
    });
    return Pipeline.check(Pipeline.terraform(Optional.of(dir), Optional.empty(), Optional.empty(), TerraformOptions.NONE),
        live, new Engine(rules), LocalDate.now());
  }

  @Test
  void anEgressPathRuleSeesTheRouteAndPointsAtTheVpcAccessBlock() throws IOException {
    Report r = check(load(rule("ACME-01", "egress_path",
        "egress_path.via == \"connector\" && egress_path.connector_name == \"c\" && workload.name == \"api\""
            + " && egress_path.network == \"prod-vpc\" && egress_path.mode == \"PRIVATE_RANGES_ONLY\"",
        "{{ workload.name }} leaves through {{ egress_path.connector.name }} ({{ egress_path.connector.ip_cidr_range }})", "")),
        CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals(1, r.findings().size(), r.toString());
    Finding f = r.findings().get(0);
    assertEquals("api leaves through c (10.8.0.0/28)", f.message());
    assertEquals("main.tf:20", f.location().toString(), "the vpc_access block");
  }

  @Test
  void aRuleOnAKindSeesOnlyThatKind() throws IOException {
    Report r = check(load(rule("ACME-01", "vpc_connector", "connector.ip_cidr_range == \"10.8.0.0/28\"",
        "{{ connector.name }} in {{ connector.region }}, {{ connector.project }}", "")
        + rule("ACME-02", "redis_instance", "data_store.network == \"prod-vpc\" && data_store.auth_enabled == false"
            + " && data_store.tls == false && data_store.attachment == \"PEERING\"", "{{ data_store.name }}", "")),
        CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals(List.of("ACME-01 google_vpc_access_connector.c c in us-central1, acme-prod",
        "ACME-02 google_redis_instance.cache cache"), r.findings().stream()
            .map(f -> f.ruleId() + " " + f.subject() + " " + f.message()).sorted().toList());
  }

  @Test
  void connectorUsersAreUnknownUntilTheLiveReadCoversTheirProject() throws IOException {
    // (A plain export read without --snapshot-complete covers each API it holds assets of: here Cloud Run only, so
    // functions that might use the connector would leave the users unknown.)
    List<Rule> rules = load(rule("ACME-01", "connector", "size(connector.users) > 0",
        "{{ connector.users }}", "") + rule("ACME-02", "connector", "size(connector.declared_users) > 0",
        "{{ connector.declared_users }}", ""));
    Report offline = check(rules, CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals(List.of("ACME-02"), offline.findings().stream().map(Finding::ruleId).toList());
    assertEquals(1, offline.notEvaluated().size());
    assertTrue(offline.notEvaluated().get(0).reason().startsWith("connector.users is unknown (needs live state"),
        offline.notEvaluated().get(0).reason());
    Path snapshot = tmp.resolve("live.json");
    Files.writeString(snapshot, """
        {"name": "//run.googleapis.com/projects/acme-prod/locations/us-central1/services/other", "assetType": "run.googleapis.com/Service", "resource": {"data": {"name": "projects/acme-prod/locations/us-central1/services/other", "template": {"vpcAccess": {"connector": "projects/acme-prod/locations/us-central1/connectors/c"}}}}}
        """);
    Report live = check(rules, CustomRulesTest.SERVICE.formatted("3"), Optional.of(snapshot));
    assertEquals(List.of(), live.notEvaluated().stream().filter(n -> n.ruleId().startsWith("ACME")).toList());
    Finding users = live.findings().stream().filter(f -> f.ruleId().equals("ACME-01")).findFirst().orElseThrow();
    assertTrue(users.message().contains("google_cloud_run_v2_service.api"), users.message());
  }

  @Test
  void rulesLoadedTogetherShareMessages_andAnUnknownOneReadsDoesNotReachTheOther() throws IOException {
    // Both rules see messages built once with the fields either names: the first reads the connector's users
    // (unknown offline) through the workload's egress path and its reaches; the second reads only known fields.
    Report r = check(load(rule("ACME-01", "workload", "size(workload.egress.connector.users) > 0",
        "{{ workload.name }}", "")
        + rule("ACME-02", "binding", "binding.workload.name == \"api\" && binding.data_store.name == \"cache\""
            + " && binding.workload.reaches[0].data_store.name == \"cache\"", "{{ binding.workload.egress.connector_name }}", "")),
        CustomRulesTest.SERVICE.formatted("var.max"), Optional.empty());
    assertEquals(List.of("ACME-02 google_cloud_run_v2_service.api c"), r.findings().stream()
        .map(f -> f.ruleId() + " " + f.subject() + " " + f.message()).toList());
    assertEquals(List.of("ACME-01 google_cloud_run_v2_service.api: workload.egress.connector.users is unknown (needs live"),
        r.notEvaluated().stream().map(n -> n.ruleId() + " " + n.subject() + ": " + n.reason().substring(0,
            n.reason().indexOf("live") + 4)).toList());
  }

  @Test
  void aRuleThatNeedsAPlanIsSkippedWithoutOne_andReadingChangeNeedsIt() throws IOException {
    Report r = check(load(rule("ACME-01", "workload", "workload.change == \"replace\"", "replaced", "  needs: [plan]\n")),
        CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals(List.of(), r.findings());
    assertEquals("needs a Terraform plan (--plan)", r.skipped().get(0).reason());
    InputException e = assertThrows(InputException.class,
        () -> load(rule("ACME-01", "workload", "workload.change == \"replace\"", "replaced", "")));
    assertTrue(e.getMessage().endsWith(":6: when reads change, which only a plan tells: add needs: [plan], so that "
        + "the rule is skipped without one rather than passed"), e.getMessage());
  }

  @Test
  void aRuleThatNeedsLiveStateIsSkippedWithoutIt_andItsTestReadsASnapshotBesideTheFile() throws IOException {
    Files.writeString(tmp.resolve("live.json"), """
        {"name": "//run.googleapis.com/projects/acme-prod/locations/us-central1/services/other", "assetType": "run.googleapis.com/Service", "resource": {"data": {"name": "projects/acme-prod/locations/us-central1/services/other", "template": {"vpcAccess": {"connector": "projects/acme-prod/locations/us-central1/connectors/c"}}}}}
        """);
    String hcl = CustomRulesTest.SERVICE.formatted("3").lines().map(l -> "        " + l).reduce("", (a, b) -> a + b + "\n");
    // (users would be unknown here: a snapshot that is not marked complete covers Cloud Run only, not functions.)
    List<Rule> rules = load(rule("ACME-01", "connector", "connector.name == \"c\"",
        "{{ connector.name }} is judged with live state", "  needs: [live]\n"
            + "  tests:\n"
            + "    - name: a live service uses the connector too\n"
            + "      snapshot: live.json\n"
            + "      terraform: |\n" + hcl
            + "      expect:\n"
            + "        - {rule: ACME-01, resource: google_vpc_access_connector.c}\n"
            + "    - name: without live state the rule is skipped, so the test fails\n"
            + "      terraform: |\n" + hcl
            + "      expect:\n"
            + "        - {rule: ACME-01, resource: google_vpc_access_connector.c}\n"));
    Report offline = check(rules, CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals("needs live state (--snapshot or --project)", offline.skipped().get(0).reason());
    List<RuleTests.Result> results = RuleTests.run(rules);
    assertTrue(results.get(0).passed(), results.get(0).failures().toString());
    assertEquals(List.of("ACME-01 did not run: needs live state (--snapshot or --project)",
        "expected ACME-01 google_vpc_access_connector.c, not reported"), results.get(1).failures());
  }

  @Test
  void unsetAndUnknownValuesInAMessage() throws IOException {
    Report r = check(load(rule("ACME-01", "workload", "workload.name == \"api\"",
        "account {{ workload.service_account }}, at most {{ workload.max_instances }}", "")),
        CustomRulesTest.SERVICE.formatted("var.max"), Optional.empty());
    assertEquals("account null, at most (unknown)", r.findings().get(0).message());
  }

  @Test
  void labelsAndIngress() throws IOException {
    String hcl = """
        resource "google_cloud_run_v2_service" "public" {
          name     = "public"
          location = "us-central1"
          project  = "p"
          labels = {
            env  = "prod"
            team = "payments"
          }
          template {
            containers {
              image = "x"
            }
          }
        }
        resource "google_cloud_run_v2_service" "internal" {
          name     = "internal"
          location = "us-central1"
          project  = "p"
          ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
          labels = {
            env = "prod"
          }
          template {
            containers {
              image = "x"
            }
          }
        }
        resource "google_cloud_run_v2_service" "unlabelled" {
          name     = "unlabelled"
          location = "us-central1"
          project  = "p"
          template {
            containers {
              image = "x"
            }
          }
        }
        variable "labels" {
          type = map(string)
        }
        resource "google_cloud_run_v2_job" "unknown" {
          name     = "unknown"
          location = "us-central1"
          project  = "p"
          labels   = var.labels
          template {
            template {
              containers {
                image = "x"
              }
            }
          }
        }
        """;
    Report r = check(load(rule("ACME-01", "workload", "\"env\" in workload.labels && workload.labels[\"env\"] == \"prod\""
        + " && (workload.ingress == null || workload.ingress == \"INGRESS_TRAFFIC_ALL\")",
        "{{ workload.labels }} {{ workload.ingress }}", "")), hcl, Optional.empty());
    assertEquals(List.of("google_cloud_run_v2_service.public {env: prod, team: payments} INGRESS_TRAFFIC_ALL"),
        r.findings().stream().map(f -> f.subject() + " " + f.message()).toList(), "unset ingress is the default, all");
    assertEquals(List.of("google_cloud_run_v2_job.unknown: workload.labels is unknown (variable \"labels\" has no value)"),
        r.notEvaluated().stream().map(n -> n.subject() + ": " + n.reason()).toList());
  }

  @Test
  void evaluationIsBounded() throws IOException {
    String list = "[" + "0,".repeat(399) + "0]";
    Report r = check(load(rule("ACME-01", "workload", list + ".all(a, " + list + ".all(b, true))", "never", "")),
        CustomRulesTest.SERVICE.formatted("3"), Optional.empty());
    assertEquals(1, r.skipped().size());
    assertTrue(r.skipped().get(0).reason().contains("ACME-01 on google_cloud_run_v2_service.api"), r.skipped().toString());
    assertTrue(r.isIncomplete());
    assertTrue(assertThrows(InputException.class, () -> load(rule("ACME-01", "workload", "true || " + "true || ".repeat(2000)
        + "true", "m", ""))).getMessage().contains("when is longer than 10000 characters"));
  }

  @Test
  void badYamlAndBadFieldsNameTheirLine() {
    assertTrue(assertThrows(InputException.class, () -> load("- id: ACME-01\n  summary: [unclosed\n")).getMessage()
        .matches(".*rules.yaml:\\d+: invalid YAML: .*"));
    assertTrue(assertThrows(InputException.class, () -> load("id: ACME-01\n")).getMessage()
        .endsWith("rules.yaml:1: a rule file is a YAML list of rules (- id: ...)"));
    assertTrue(assertThrows(InputException.class, () -> load(rule("ACME-01", "workload", "workload.name", "m", "")))
        .getMessage().contains(":6: when must be true or false (a violation when true), but its type is string"));
    assertTrue(assertThrows(InputException.class, () -> load(rule("acme-1", "workload", "true", "m", "")))
        .getMessage().contains(":1: id \"acme-1\" must be a prefix of the organisation's own"));
    assertTrue(assertThrows(InputException.class, () -> load(rule("ACME-01", "workload", "true", "{{ workload.nmae }}",
        ""))).getMessage().contains(":7: message: undefined field 'nmae'; did you mean 'name'?"));
    assertTrue(assertThrows(InputException.class, () -> load(rule("ACME-01", "workload", "wrkload.name == \"x\"", "m",
        ""))).getMessage().contains("undeclared reference to 'wrkload' (in container ''); did you mean 'workload'?"));
    assertTrue(assertThrows(InputException.class, () -> load(rule("ACME-01", "workload", "true", "m",
        "  tests:\n    - name: t\n      expect: []\n"))).getMessage().contains(
        "a test gives its Terraform either inline (terraform: |) or as a directory (dir:), one of them"));
  }

  @Test
  void maxConnectionsIsANumberOfOneToNineDigits_elseNotKnown() throws IOException {
    String sql = """
        resource "google_sql_database_instance" "%s" {
          name             = "%s"
          project          = "acme-prod"
          region           = "us-central1"
          database_version = "POSTGRES_15"
          settings {
            tier = "db-custom-2-7680"
            %s
          }
        }
        """;
    String hcl = sql.formatted("a", "a", "database_flags {\n name = \"max_connections\"\n value = \" 250 \"\n }")
        + sql.formatted("b", "b", "database_flags {\n name = \"max_connections\"\n value = \"1000000000\"\n }")
        + sql.formatted("c", "c", "database_flags {\n name = \"max_connections\"\n value = \"lots\"\n }")
        + sql.formatted("d", "d", "");
    Report r = check(load(rule("ACME-01", "sql_instance", "data_store.max_connections == null || data_store.max_connections < 300",
        "{{ data_store.name }} {{ data_store.max_connections }}", "")), hcl, Optional.empty());
    assertEquals(List.of("a 250", "d null"), r.findings().stream().map(Finding::message).sorted().toList());
    assertEquals(List.of("google_sql_database_instance.b", "google_sql_database_instance.c"),
        r.notEvaluated().stream().map(n -> n.subject()).sorted().toList());
    assertTrue(r.notEvaluated().get(0).reason().contains("is not a number"), r.notEvaluated().get(0).reason());
  }
}
