package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.InputException;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomRulesTest {
  static final String SERVICE = """
      provider "google" {
        project = "acme-prod"
        region  = "us-central1"
      }
      variable "max" {
        type = number
      }
      resource "google_redis_instance" "cache" {
        name               = "cache"
        memory_size_gb     = 1
        authorized_network = "prod-vpc"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          scaling {
            max_instance_count = %s
          }
          vpc_access {
            connector = google_vpc_access_connector.c.id
            egress    = "PRIVATE_RANGES_ONLY"
          }
          containers {
            image = "gcr.io/acme/api"
            env {
              name  = "REDIS_HOST"
              value = google_redis_instance.cache.host
            }
          }
        }
      }
      resource "google_vpc_access_connector" "c" {
        name          = "c"
        network       = "prod-vpc"
        ip_cidr_range = "10.8.0.0/28"
      }
      """;

  @TempDir
  Path tmp;

  private List<Rule> load(String yaml) throws IOException {
    Path f = tmp.resolve("rules.yaml");
    Files.writeString(f, yaml);
    return CustomRules.load(List.of(f), builtIn());
  }

  private static Set<String> builtIn() {
    return BuiltInRules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
  }

  private Report check(List<Rule> rules, String hcl) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("tf"));
    Files.writeString(dir.resolve("main.tf"), hcl);
    return Pipeline.check(Pipeline.terraform(Optional.of(dir), Optional.empty(), Optional.empty(), TerraformOptions.NONE),
        Optional.empty(), new Engine(rules), LocalDate.now());
  }

  static final String DIRECT_VPC = """
      - id: ACME-01
        summary: Production workloads reach data stores over Direct VPC
        severity: blocking
        category: wiring
        on: workload
        when: |
          workload.project.startsWith("acme-prod")
            && workload.reaches.exists(r, r.data_store.kind == "redis_instance")
            && workload.egress.via != "direct_vpc"
        message: "{{ workload.name }} reaches {{ workload.reaches[0].data_store.address }} over {{ workload.egress.via }}"
        remediation: Use Direct VPC egress (template.vpc_access.network_interfaces).
        sources: [https://wiki.acme.example/platform/egress]
      """;

  @Test
  void aWorkloadRuleReportsWithItsMessage() throws IOException {
    Report r = check(load(DIRECT_VPC), SERVICE.formatted("10"));
    assertEquals(1, r.findings().size(), r.toString());
    assertEquals("ACME-01", r.findings().get(0).ruleId());
    assertEquals("google_cloud_run_v2_service.api", r.findings().get(0).subject());
    assertEquals("api reaches google_redis_instance.cache over connector", r.findings().get(0).message());
    assertEquals("ProductionWorkloadsReachDataStoresOverDirectVpc", r.findings().get(0).ruleName());
  }

  @Test
  void aValueNotKnownBeforeApplyIsNotEvaluated() throws IOException {
    List<Rule> rules = load(DIRECT_VPC.replace("workload.project.startsWith(\"acme-prod\")",
        "workload.max_instances != null && workload.max_instances > 5"));
    Report r = check(rules, SERVICE.formatted("var.max"));
    assertEquals(List.of(), r.findings());
    assertEquals(1, r.notEvaluated().size());
    assertTrue(r.notEvaluated().get(0).reason().startsWith("workload.max_instances is unknown ("), r.notEvaluated().toString());
    Report known = check(rules, SERVICE.formatted("6"));
    assertEquals(1, known.findings().size());
    Report below = check(rules, SERVICE.formatted("5"));
    assertEquals(List.of(), below.findings());
    assertEquals(List.of(), below.notEvaluated());
  }

  @Test
  void aMisspeltFieldIsAnInputErrorWithFileLineAndSuggestion() {
    InputException e = assertThrows(InputException.class, () -> load(DIRECT_VPC.replace("workload.egress.via !=",
        "workload.egress.vai !=")));
    assertTrue(e.getMessage().startsWith(tmp.resolve("rules.yaml") + ":9: when: undefined field 'vai'; did you mean 'via'?"),
        e.getMessage());
  }

  @Test
  void anUnsetValueComparedIsAnEvaluationErrorThatSkipsTheRule() throws IOException {
    List<Rule> rules = load(DIRECT_VPC.replace("workload.project.startsWith(\"acme-prod\")",
        "workload.service_account.endsWith(\"x\")"));
    Report r = check(rules, SERVICE.formatted("3"));
    assertEquals(1, r.skipped().size(), r.skipped().toString());
    assertTrue(r.skipped().get(0).reason().startsWith("could not be evaluated: "), r.skipped().get(0).reason());
    assertTrue(r.isIncomplete());
  }

  @Test
  void ourPrefixesAndDuplicatesAndUnknownKeysAreRefused() {
    assertTrue(assertThrows(InputException.class, () -> load(DIRECT_VPC.replace("ACME-01", "WIRE-99"))).getMessage()
        .contains("the prefix WIRE is vpcgate's own"));
    assertTrue(assertThrows(InputException.class, () -> load(DIRECT_VPC + DIRECT_VPC)).getMessage()
        .contains(":13: id ACME-01 is already used at "));
    assertTrue(assertThrows(InputException.class, () -> load(DIRECT_VPC.replace("severity:", "severty:"))).getMessage()
        .endsWith(":3: unknown key \"severty\" in a rule (known: category, id, message, name, needs, on, remediation, "
            + "severity, sources, summary, tests, when)"));
    assertTrue(assertThrows(InputException.class, () -> load(DIRECT_VPC.replace("on: workload", "on: lambda")))
        .getMessage().contains(":5: on: \"lambda\" is not one of workload, data_store"));
  }

  @Test
  void aKeyGivenTwiceIsRefusedWithItsLine() {
    // YAML's composer keeps both keys; whichever one the reader took, the file would say two things
    String twice = DIRECT_VPC.replace("  category: wiring\n", "  category: wiring\n  severity: warning\n");
    String message = assertThrows(InputException.class, () -> load(twice)).getMessage();
    assertTrue(message.endsWith(":5: key \"severity\" is given twice in a rule"), message);
  }

  @Test
  void aRuleMissingSeveralKeysIsToldTheFirstInTheOrderTheyAreWritten() {
    // the same message in every run (a Set's order is chosen anew by each JVM)
    String bare = "- id: ACME-01\n  name: Bare\n";
    assertTrue(assertThrows(InputException.class, () -> load(bare)).getMessage()
        .endsWith(":1: the rule has no summary (a rule needs category, id, message, on, remediation, severity, "
            + "sources, summary, when)"));
  }

  @Test
  void nestedLoopsShareOneIterationBudgetPerEvaluation() throws IOException {
    // Three loops over N names run N + N^2 + N^3 iterations: 99,498 for 46 names, 106,079 for 47. The budget
    // (CelCompiler.MAX_ITERATIONS) bounds the whole evaluation, so nesting cannot multiply it.
    List<Rule> rules = load("""
        - id: ACME-02
          summary: Three loops over a workload's variable names
          severity: warning
          category: wiring
          on: workload
          when: workload.env_names.all(a, workload.env_names.all(b, workload.env_names.all(c, a + b + c != "")))
          message: "{{ workload.name }}"
          remediation: None.
          sources: [https://wiki.acme.example/platform]
        """);
    Report within = check(rules, withEnvNames(46));
    assertEquals(1, within.findings().size(), within.toString());
    assertEquals(List.of(), within.skipped());
    Report over = check(rules, withEnvNames(47));
    assertEquals(List.of(), over.findings());
    assertEquals(1, over.skipped().size(), over.skipped().toString());
    assertTrue(over.skipped().get(0).reason().endsWith("Iteration budget exceeded: " + CelCompiler.MAX_ITERATIONS),
        over.skipped().get(0).reason());
    assertTrue(over.isIncomplete());
  }

  /** {@link #SERVICE} with {@code n} environment variables: REDIS_HOST and n - 1 more. */
  private static String withEnvNames(int n) {
    StringBuilder env = new StringBuilder();
    for (int i = 1; i < n; i++) {
      env.append("env {\n name = \"V").append(i).append("\"\n value = \"x\"\n }\n");
    }
    String image = "image = \"gcr.io/acme/api\"\n";
    return SERVICE.formatted("3").replace(image, image + env);
  }
}
