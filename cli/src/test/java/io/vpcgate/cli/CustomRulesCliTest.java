package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * An organisation's own rule (YAML and CEL, module custom-rules) through the CLI: found with --rules or
 * in the nearest .vpcgate/rules, it behaves as a built-in rule does in every report format, in
 * suppressions, baselines and .vpcgate.yml, before apply, when it cannot be evaluated, in its own tests
 * (rules test), in the catalogue (rules), and in audit and drift.
 */
class CustomRulesCliTest {
  @TempDir Path tmp;

  /** One blocking rule: a workload without a service account of its own. Its condition is on line 7. */
  static final String RULE = """
      - id: ACME-01
        summary: Workloads run as their own service account
        severity: blocking
        category: wiring
        on: workload
        when: |
          workload.service_account == null
        message: "{{ workload.name }} runs as the default compute service account"
        remediation: Give it a service account of its own (template.service_account).
        sources: [https://wiki.acme.example/platform/identity]
      """;

  /** A Cloud Run service that no built-in rule blocks, without a service account: ACME-01 on line 5. */
  static final String HCL = """
      provider "google" {
        project = "acme-prod"
        region  = "us-central1"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          containers {
            image = "gcr.io/acme/api"
          }
        }
      }
      """;

  static final String API = "google_cloud_run_v2_service.api";

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** The Terraform in tmp/tf, the rule file in tmp/rules/acme.yaml. */
  private Path tf(String hcl) throws IOException {
    Path dir = tmp.resolve("tf");
    write(dir.resolve("main.tf"), hcl);
    return dir;
  }

  private Path rules(String yaml) throws IOException {
    return write(tmp.resolve("rules").resolve("acme.yaml"), yaml);
  }

  private static JsonNode json(CliRunner r) throws IOException {
    return CheckCommandTest.JSON.readTree(r.out());
  }

  private static List<String> ids(JsonNode findings) {
    List<String> ids = new ArrayList<>();
    findings.forEach(f -> ids.add(f.get("ruleId").asText()));
    return ids;
  }

  private static String shown(CliRunner r) {
    return "exit " + r.code() + "\nstdout:\n" + r.out() + "\nstderr:\n" + r.err();
  }

  // 1. Every report format.

  @Test
  void check_withRules_blocksOnTheCustomFinding_textAndJson() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE);
    CliRunner without = CliRunner.run("check", dir.toString());
    assertEquals(0, without.code(), "no built-in rule blocks this service: " + shown(without));

    CliRunner text = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(4, text.code(), shown(text));
    assertTrue(text.out().contains("main.tf:5: blocking: [ACME-01 WorkloadsRunAsTheirOwnServiceAccount] " + API
        + ": api runs as the default compute service account"), shown(text));
    assertTrue(text.out().contains("    fix: Give it a service account of its own (template.service_account)."), shown(text));
    assertTrue(text.out().contains("see: vpcgate rules ACME-01 (defined in " + file + ":1)"), shown(text));
    String verdict = text.out().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(verdict.startsWith("vpcgate: BLOCKED: 1 blocking, 0 warning, 0 info; "), shown(text));

    CliRunner j = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--format", "json");
    assertEquals(4, j.code(), shown(j));
    JsonNode report = json(j);
    assertEquals("blocked", report.at("/summary/verdict").asText());
    assertEquals(1, report.at("/summary/blocking").asInt());
    assertEquals(1, report.get("findings").size(), j.out());
    JsonNode f = report.get("findings").get(0);
    assertEquals("ACME-01", f.get("ruleId").asText());
    assertEquals("WorkloadsRunAsTheirOwnServiceAccount", f.get("rule").asText());
    assertEquals("BLOCKING", f.get("severity").asText());
    assertEquals("wiring", f.get("category").asText());
    assertEquals(API, f.get("resource").asText());
    assertEquals("api runs as the default compute service account", f.get("message").asText());
    assertEquals("Give it a service account of its own (template.service_account).", f.get("remediation").asText());
    assertEquals(5, f.at("/location/line").asInt());
    assertTrue(f.at("/location/file").asText().endsWith("main.tf"), f.toString());
    assertEquals(32, f.get("fingerprint").asText().length(), f.toString());
  }

  @Test
  void theJsonReport_withACustomRulesFindingSkipAndNotEvaluated_validatesAgainstTheReportSchema() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE);
    CliRunner finding = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(4, finding.code(), shown(finding));

    Files.writeString(file, RULE.replace("workload.service_account == null", "workload.service_account.endsWith(\"x\")"));
    CliRunner skipped = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(5, skipped.code(), shown(skipped));

    write(dir.resolve("main.tf"), UNKNOWN_MAX);
    Files.writeString(file, MAX_RULE);
    CliRunner notEvaluated = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(0, notEvaluated.code(), shown(notEvaluated));
    org.junit.jupiter.api.Assertions.assertAll(
        () -> ReportSchemaTest.assertValid(finding.out()),
        () -> ReportSchemaTest.assertValid(skipped.out()),
        () -> ReportSchemaTest.assertValid(notEvaluated.out()));
  }

  @Test
  void check_sarif_listsTheCustomRuleWithItsHelp_andNoHelpUriEvenWithADocsUrl() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE);
    write(dir.resolve(".vpcgate.yml"), "docs-url: https://git.example.com/platform/vpcgate/docs/rules/\n");
    CliRunner r = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "sarif");
    assertEquals(4, r.code(), shown(r));
    JsonNode run = json(r).at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    JsonNode acme = null;
    int index = -1;
    boolean builtInHasUri = false;
    for (int i = 0; i < rules.size(); i++) {
      JsonNode rule = rules.get(i);
      if (rule.get("id").asText().equals("ACME-01")) {
        acme = rule;
        index = i;
      } else if (rule.has("helpUri")) {
        builtInHasUri = true;
        assertTrue(rule.get("helpUri").asText().startsWith("https://git.example.com/platform/vpcgate/docs/rules/"), rule.toString());
      }
    }
    assertTrue(builtInHasUri, "the docs-url applies to the built-in rules: " + rules);
    assertTrue(acme != null, "ACME-01 is in tool.driver.rules: " + rules);
    assertEquals("WorkloadsRunAsTheirOwnServiceAccount", acme.get("name").asText());
    assertEquals("Workloads run as their own service account", acme.at("/shortDescription/text").asText());
    assertTrue(acme.path("helpUri").isMissingNode(), "no page exists for an organisation's own rule: " + acme);
    assertEquals("error", acme.at("/defaultConfiguration/level").asText());
    String help = acme.at("/help/text").asText();
    assertTrue(help.startsWith("ACME-01 WorkloadsRunAsTheirOwnServiceAccount: Workloads run as their own service account"), help);
    assertTrue(help.contains("## Why"), help);
    assertTrue(help.contains("defined in `" + file + ":1`"), help);
    assertTrue(help.contains("workload.service_account == null"), help);
    assertTrue(help.contains("## How to fix\nGive it a service account of its own"), help);
    assertTrue(help.contains("https://wiki.acme.example/platform/identity"), help);
    assertTrue(help.endsWith("See: vpcgate rules ACME-01 (defined in " + file + ":1)"), help);
    assertFalse(help.contains("git.example.com"), help);

    JsonNode results = run.get("results");
    assertEquals(1, results.size(), results.toString());
    JsonNode result = results.get(0);
    assertEquals("ACME-01", result.get("ruleId").asText());
    assertEquals(index, result.get("ruleIndex").asInt());
    assertEquals("error", result.get("level").asText());
    assertEquals(5, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertTrue(result.at("/message/text").asText().startsWith("api runs as the default compute service account\nFix: "),
        result.toString());
    try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertEquals(java.util.Set.of(), com.networknt.schema.JsonSchemaFactory.getInstance(
          com.networknt.schema.SpecVersion.VersionFlag.V7).getSchema(in).validate(json(r)));
    }

    // The text report's see: line points at the rule file, not at the docs-url.
    CliRunner text = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertTrue(text.out().contains("see: vpcgate rules ACME-01 (defined in " + file + ":1)\n"), shown(text));
  }

  @Test
  void check_junitMarkdownAndGithub_reportTheCustomFinding() throws Exception {
    Path dir = tf(HCL);
    Path file = rules(RULE);

    CliRunner junit = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "junit");
    assertEquals(4, junit.code(), shown(junit));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out())));
    Element suite = suite(doc, "ACME-01 WorkloadsRunAsTheirOwnServiceAccount");
    assertTrue(suite != null, junit.out());
    assertEquals("1", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    Element testcase = (Element) suite.getElementsByTagName("testcase").item(0);
    assertEquals(API, testcase.getAttribute("name"));
    Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
    assertEquals("BLOCKING", failure.getAttribute("type"));
    assertEquals("api runs as the default compute service account", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("see: vpcgate rules ACME-01 (defined in " + file + ":1)"),
        failure.getTextContent());
    assertEquals("1", doc.getDocumentElement().getAttribute("failures"), "the custom finding is the run's one failure");

    CliRunner md = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "markdown");
    assertEquals(4, md.code(), shown(md));
    assertTrue(md.out().contains("**1 blocking**"), md.out());
    assertTrue(md.out().contains("ACME-01"), md.out());
    assertTrue(md.out().contains("api runs as the default compute service account"), md.out());
    assertTrue(md.out().contains("- 🛑 **ACME-01** WorkloadsRunAsTheirOwnServiceAccount · `main.tf:5` · `" + API + "`"), md.out());
    assertTrue(md.out().contains("Give it a service account of its own (template.service_account). (`vpcgate rules ACME-01`)"),
        md.out());

    CliRunner gh = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "github");
    assertEquals(4, gh.code(), shown(gh));
    List<String> errors = gh.out().lines().filter(l -> l.startsWith("::error ")).toList();
    assertEquals(1, errors.size(), gh.out());
    assertTrue(errors.get(0).matches("::error file=[^,]*main\\.tf,line=5,title=ACME-01 WorkloadsRunAsTheirOwnServiceAccount::"
        + "api runs as the default compute service account.*"), errors.get(0));
  }

  private static Element suite(Document doc, String name) {
    NodeList suites = doc.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element s = (Element) suites.item(i);
      if (s.getAttribute("name").equals(name)) {
        return s;
      }
    }
    return null;
  }

  // 2. Discovery and mistakes in rule files.

  @Test
  void aRulesDirectoryInAParent_isFoundWithoutTheFlag() throws IOException {
    Path repo = tmp.resolve("repo");
    Path module = repo.resolve("infra").resolve("prod");
    write(module.resolve("main.tf"), HCL);
    write(repo.resolve(".vpcgate").resolve("rules").resolve("x.yaml"), RULE);
    CliRunner r = CliRunner.run("check", module.toString(), "-f", "json");
    assertEquals(4, r.code(), shown(r));
    assertEquals(List.of("ACME-01"), ids(json(r).get("findings")));
    // A file beside it that is not YAML is no rule file.
    write(repo.resolve(".vpcgate").resolve("rules").resolve("README.md"), "# our rules\n");
    assertEquals(4, CliRunner.run("check", module.toString()).code());
    // --rules wins over the directory found: an empty rules directory given means no custom rule.
    Path empty = Files.createDirectories(tmp.resolve("none"));
    CliRunner flagged = CliRunner.run("check", module.toString(), "--rules", empty.toString());
    assertEquals(0, flagged.code(), shown(flagged));
    // The settings file found beside it knows the rule found there.
    write(repo.resolve(".vpcgate.yml"), "rules:\n  severity:\n    ACME-01: info\n");
    CliRunner configured = CliRunner.run("check", module.toString(), "-f", "json");
    assertEquals(0, configured.code(), shown(configured));
    assertEquals("INFO", json(configured).at("/findings/0/severity").asText(), configured.out());
  }

  @Test
  void rulesOnAMissingPath_isAnInputErrorNamingIt() throws IOException {
    Path dir = tf(HCL);
    Path missing = tmp.resolve("no-such-rules.yaml");
    CliRunner r = CliRunner.run("check", dir.toString(), "--rules", missing.toString());
    assertEquals(3, r.code(), shown(r));
    Outcome.assertClean(r);
    assertEquals("vpcgate: " + missing + ": no such rules file or directory (--rules)", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void aTypeErrorInTheRule_isAnInputErrorWithFileLineAndSuggestion() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE.replace("workload.service_account == null", "workload.nmae == \"api\""));
    CliRunner r = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(3, r.code(), shown(r));
    Outcome.assertClean(r);
    assertEquals(1, r.err().lines().count(), shown(r));
    assertTrue(r.err().startsWith("vpcgate: " + file + ":7: when: undefined field 'nmae'; did you mean 'name'?"), shown(r));
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), shown(r));
  }

  // 3. Suppression.

  @Test
  void anInlineIgnoreAboveTheResource_suppressesTheCustomFinding() throws IOException {
    Path dir = tf(HCL.replace("resource \"google_cloud_run_v2_service\"",
        "# vpcgate:ignore ACME-01 -- the platform's default account is approved for api (SEC-42)\n"
            + "resource \"google_cloud_run_v2_service\""));
    Path file = rules(RULE);
    CliRunner text = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(0, text.code(), shown(text));
    assertTrue(text.out().contains("0 blocking, 0 warning, 0 info, 1 suppressed"), shown(text));
    assertTrue(text.out().contains("[ACME-01 WorkloadsRunAsTheirOwnServiceAccount] by main.tf:5: "
        + "the platform's default account is approved for api (SEC-42)"), shown(text));
    JsonNode report = json(CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json"));
    assertEquals(0, report.get("findings").size(), report.toString());
    assertEquals(1, report.at("/summary/suppressed").asInt());
    JsonNode x = report.get("suppressed").get(0);
    assertEquals("ACME-01", x.get("ruleId").asText());
    assertEquals("inline", x.at("/suppression/kind").asText());
    assertFalse(report.path("notes").toString().contains("no rule"), report.toString());
  }

  @Test
  void anIgnoreNamingAnUnknownId_suppressesNothingAndSaysSo_asForBuiltInIds() throws IOException {
    Path dir = tf(HCL.replace("resource \"google_cloud_run_v2_service\"",
        "# vpcgate:ignore ACME-99 -- typo for ACME-01\nresource \"google_cloud_run_v2_service\""));
    Path file = rules(RULE);
    CliRunner r = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(4, r.code(), shown(r));
    JsonNode report = json(r);
    assertEquals(List.of("ACME-01"), ids(report.get("findings")));
    assertEquals(0, report.at("/summary/suppressed").asInt());
    assertTrue(report.get("notes").toString().contains("main.tf:5: vpcgate:ignore names ACME-99, which is no rule "
        + "(see vpcgate rules); it suppresses nothing"), report.get("notes").toString());

    // Unknown custom and built-in ids together: one note, as for built-in ids alone.
    write(dir.resolve("main.tf"), HCL.replace("resource \"google_cloud_run_v2_service\"",
        "# vpcgate:ignore ACME-99,VPCC-99 -- typos\nresource \"google_cloud_run_v2_service\""));
    JsonNode both = json(CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json"));
    assertTrue(both.get("notes").toString().contains("main.tf:5: vpcgate:ignore names ACME-99, VPCC-99, which are no "
        + "rules (see vpcgate rules); it suppresses nothing"), both.get("notes").toString());

    // ACME-01 is a rule only in a run that has the rule file: without it, naming it is naming no rule.
    write(dir.resolve("main.tf"), HCL.replace("resource \"google_cloud_run_v2_service\"",
        "# vpcgate:ignore ACME-01 -- approved\nresource \"google_cloud_run_v2_service\""));
    CliRunner without = CliRunner.run("check", dir.toString(), "-f", "json");
    assertEquals(0, without.code(), shown(without));
    assertTrue(json(without).get("notes").toString().contains("main.tf:5: vpcgate:ignore names ACME-01, which is no rule"),
        without.out());
  }

  // 4. Baseline.

  @Test
  void aBaselineWithTheCustomFinding_makesTheNextRunPass() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE);
    Path baseline = tmp.resolve("baseline.json");
    CliRunner first = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json", "-o", baseline.toString());
    assertEquals(4, first.code(), shown(first));
    assertEquals(List.of("ACME-01"), ids(CheckCommandTest.JSON.readTree(Files.readString(baseline)).get("findings")));

    CliRunner next = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--baseline", baseline.toString(),
        "-f", "json");
    assertEquals(0, next.code(), shown(next));
    JsonNode report = json(next);
    assertEquals(0, report.get("findings").size());
    assertEquals(1, report.at("/summary/suppressed").asInt());
    assertEquals("ACME-01", report.at("/suppressed/0/ruleId").asText());
    assertEquals("baseline", report.at("/suppressed/0/suppression/kind").asText());

    // A second service is a new finding of the same rule: it still blocks.
    write(dir.resolve("worker.tf"), """
        resource "google_cloud_run_v2_service" "worker" {
          name     = "worker"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/worker"
            }
          }
        }
        """);
    CliRunner grown = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--baseline", baseline.toString(),
        "-f", "json");
    assertEquals(4, grown.code(), shown(grown));
    assertEquals("google_cloud_run_v2_service.worker", json(grown).at("/findings/0/resource").asText(), grown.out());
    assertEquals(1, json(grown).get("findings").size(), grown.out());
  }

  // 5. .vpcgate.yml.

  @Test
  void theSettingsFile_downgradesAndDisablesTheCustomRule_andAnUnknownIdIsStillAnInputError() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE);
    Path config = dir.resolve(".vpcgate.yml");

    write(config, "rules:\n  severity:\n    ACME-01: warning\n");
    CliRunner warned = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(0, warned.code(), "a warning does not fail the default gate (blocking): " + shown(warned));
    assertTrue(warned.out().contains("main.tf:5: warning: [ACME-01 WorkloadsRunAsTheirOwnServiceAccount]"), shown(warned));
    assertTrue(warned.out().contains("0 blocking, 1 warning, 0 info"), shown(warned));
    assertEquals(4, CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--fail-on", "warning").code());

    write(config, "rules:\n  disable: [ACME-01]\n");
    CliRunner disabled = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(0, disabled.code(), shown(disabled));
    JsonNode report = json(disabled);
    assertEquals(0, report.get("findings").size(), disabled.out());
    boolean saysDisabled = false;
    for (JsonNode s : report.get("skipped")) {
      if (s.get("ruleId").asText().equals("ACME-01")) {
        saysDisabled = s.get("reason").asText().startsWith("disabled by ");
      }
    }
    assertTrue(saysDisabled, "a disabled rule is skipped and says by what: " + report.get("skipped"));

    write(config, "rules:\n  severity:\n    ACME-99: warning\n");
    CliRunner unknown = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(3, unknown.code(), shown(unknown));
    Outcome.assertClean(unknown);
    assertTrue(unknown.err().contains(".vpcgate.yml:3: no rule \"ACME-99\""), shown(unknown));

    // Without the rule file, ACME-01 in the settings is an unknown id too.
    write(config, "rules:\n  disable: [ACME-01]\n");
    CliRunner withoutRules = CliRunner.run("check", dir.toString());
    assertEquals(3, withoutRules.code(), shown(withoutRules));
    assertTrue(withoutRules.err().contains(".vpcgate.yml:2: no rule \"ACME-01\""), shown(withoutRules));
  }

  // 6. Not known before apply.

  /** HCL whose max_instance_count is a variable without a value: not known before apply. */
  static final String UNKNOWN_MAX = HCL.replace("  template {\n",
      "  template {\n    scaling {\n      max_instance_count = var.max\n    }\n") + "variable \"max\" {\n  type = number\n}\n";

  static final String MAX_RULE = RULE.replace("summary: Workloads run as their own service account",
          "summary: Workloads scale to at most five")
      .replace("workload.service_account == null", "workload.max_instances != null && workload.max_instances > 5")
      .replace("runs as the default compute service account", "scales to {{ workload.max_instances }}");

  @Test
  void aValueNotKnownBeforeApply_isNotEvaluated_neverAFindingNorPassed() throws Exception {
    Path dir = tf(UNKNOWN_MAX);
    Path file = rules(MAX_RULE);

    CliRunner text = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(0, text.code(), shown(text));
    assertFalse(text.out().contains("[ACME-01"), "no finding: " + shown(text));
    assertTrue(text.out().contains("  ACME-01 WorkloadsScaleToAtMostFive on " + API + ": workload.max_instances is unknown ("),
        shown(text));

    CliRunner j = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(0, j.code(), shown(j));
    JsonNode report = json(j);
    assertFalse(ids(report.get("findings")).contains("ACME-01"), j.out());
    List<JsonNode> mine = new ArrayList<>();
    report.get("notEvaluated").forEach(n -> {
      if (n.get("ruleId").asText().equals("ACME-01")) {
        mine.add(n);
      }
    });
    assertEquals(1, mine.size(), report.get("notEvaluated").toString());
    assertEquals(API, mine.get(0).get("resource").asText());
    assertTrue(mine.get(0).get("reason").asText().startsWith("workload.max_instances is unknown ("), mine.get(0).toString());
    assertEquals(5, mine.get(0).at("/location/line").asInt(), mine.get(0).toString());

    // In JUnit, where each checked resource is a test case, it is skipped: not passed, not failed.
    CliRunner junit = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "junit");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new InputSource(new StringReader(junit.out())));
    Element suite = suite(doc, "ACME-01 WorkloadsScaleToAtMostFive");
    assertTrue(suite != null, junit.out());
    assertEquals("1", suite.getAttribute("tests"), junit.out());
    assertEquals("1", suite.getAttribute("skipped"), junit.out());
    assertEquals("0", suite.getAttribute("failures"), junit.out());

    // With the value known, the rule judges it.
    CliRunner known = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--var", "max=6", "-f", "json");
    assertEquals(4, known.code(), shown(known));
    assertEquals("api scales to 6", json(known).at("/findings/0/message").asText(), known.out());
    CliRunner below = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--var", "max=5", "-f", "json");
    assertEquals(0, below.code(), shown(below));
    assertEquals(0, json(below).path("notEvaluated").size(), below.out());
    assertEquals(0, json(below).get("findings").size(), below.out());
  }

  // 7. Evaluation errors.

  @Test
  void anEvaluationError_skipsTheRule_andTheRunIsIncomplete() throws IOException {
    Path dir = tf(HCL);
    Path file = rules(RULE.replace("workload.service_account == null", "workload.service_account.endsWith(\"x\")"));
    CliRunner text = CliRunner.run("check", dir.toString(), "--rules", file.toString());
    assertEquals(5, text.code(), shown(text));
    Outcome.assertClean(text);
    assertTrue(text.out().contains("ACME-01"), shown(text));
    assertTrue(text.out().contains("  ACME-01 WorkloadsRunAsTheirOwnServiceAccount: could not be evaluated: " + file
        + ":7: ACME-01 on " + API + ": evaluation error"), shown(text));
    assertTrue(text.out().contains("(is a value null, unset? test it with != null first)"), shown(text));
    assertEquals(1, text.err().lines().count(), shown(text));
    assertTrue(text.err().startsWith("vpcgate: rule ACME-01 WorkloadsRunAsTheirOwnServiceAccount could not be evaluated: "
        + file + ":7: ACME-01 on " + API), shown(text));

    CliRunner j = CliRunner.run("check", dir.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(5, j.code(), shown(j));
    JsonNode report = json(j);
    assertEquals("incomplete", report.at("/summary/verdict").asText(), j.out());
    assertEquals(0, report.get("findings").size(), j.out());
    String reason = null;
    for (JsonNode s : report.get("skipped")) {
      if (s.get("ruleId").asText().equals("ACME-01")) {
        reason = s.get("reason").asText();
      }
    }
    assertTrue(reason != null, "ACME-01 is skipped: " + report.get("skipped"));
    assertTrue(reason.startsWith("could not be evaluated: "), reason);
    assertTrue(reason.contains(file + ":7: ACME-01 on " + API), reason);

    assertEquals(0, CliRunner.run("check", dir.toString(), "--rules", file.toString(), "--allow-incomplete").code());
  }

  // 8. rules test.

  static final String TESTED = RULE + """
        tests:
          - name: a service without an account of its own
            terraform: |
              resource "google_cloud_run_v2_service" "api" { # BUG: ACME-01
                name     = "api"
                location = "us-central1"
                template {
                  containers {
                    image = "gcr.io/acme/api"
                  }
                }
              }
            expect:
              - {rule: ACME-01, resource: google_cloud_run_v2_service.api}
          - name: a service with its own account
            terraform: |
              resource "google_cloud_run_v2_service" "api" {
                name     = "api"
                location = "us-central1"
                template {
                  service_account = "api@acme-prod.iam.gserviceaccount.com"
                  containers {
                    image = "gcr.io/acme/api"
                  }
                }
              }
            expect: []
      """;

  @Test
  void rulesTest_passingTestsExit0WithPassLines() throws IOException {
    Path file = rules(TESTED);
    CliRunner r = CliRunner.run("rules", "test", file.toString());
    assertEquals(0, r.code(), shown(r));
    assertTrue(r.out().contains("PASS ACME-01: a service without an account of its own (" + file + ":12)"), shown(r));
    assertTrue(r.out().contains("PASS ACME-01: a service with its own account (" + file + ":25)"), shown(r));
    assertTrue(r.out().contains("2 tests: 2 passed, 0 failed\n"), shown(r));
    assertFalse(r.out().contains("FAIL"), shown(r));
    // A directory of rule files works as well.
    assertEquals(0, CliRunner.run("rules", "test", file.getParent().toString()).code());
  }

  @Test
  void rulesTest_aWrongExpectFailsWithTheDifference() throws IOException {
    Path file = rules(TESTED.replace("expect: []", "expect:\n          - {rule: ACME-01, resource: google_cloud_run_v2_service.api}"));
    CliRunner r = CliRunner.run("rules", "test", file.toString());
    assertEquals(4, r.code(), shown(r));
    assertTrue(r.out().contains("PASS ACME-01: a service without an account of its own"), shown(r));
    assertTrue(r.out().contains("FAIL ACME-01: a service with its own account (" + file + ":25)\n"
        + "  - expected ACME-01 google_cloud_run_v2_service.api, not reported\n"), shown(r));
    assertTrue(r.out().contains("2 tests: 1 passed, 1 failed"), shown(r));

    Path extra = rules(TESTED.replace("expect:\n        - {rule: ACME-01, resource: google_cloud_run_v2_service.api}",
        "expect: []"));
    CliRunner unexpected = CliRunner.run("rules", "test", extra.toString());
    assertEquals(4, unexpected.code(), shown(unexpected));
    assertTrue(unexpected.out().contains("FAIL ACME-01: a service without an account of its own (" + extra + ":12)\n"
        + "  - reported ACME-01 google_cloud_run_v2_service.api, not expected\n"), shown(unexpected));
  }

  @Test
  void rulesTest_aBugMarkerOnTheWrongLineFails() throws IOException {
    Path file = rules(TESTED.replace("\"api\" { # BUG: ACME-01\n          name     = \"api\"\n",
        "\"api\" {\n          name     = \"api\" # BUG: ACME-01\n"));
    CliRunner r = CliRunner.run("rules", "test", file.toString());
    assertEquals(4, r.code(), shown(r));
    assertTrue(r.out().contains("FAIL ACME-01: a service without an account of its own"), shown(r));
    assertTrue(r.out().contains("  - line 2 is marked # BUG: ACME-01, no finding there\n"), shown(r));
    assertTrue(r.out().contains("  - a finding on line 1, which is not marked\n"), shown(r));
  }

  @Test
  void rulesTest_noTestsExit4_noRuleFilesExit2() throws IOException {
    Path file = rules(RULE);
    CliRunner none = CliRunner.run("rules", "test", file.toString());
    assertEquals(4, none.code(), shown(none));
    assertTrue(none.out().contains("0 tests: 0 passed, 0 failed; 1 rule without tests"), shown(none));
    assertTrue(none.out().contains("nothing was tested: add tests: to your rules"), shown(none));

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRunner noFiles = CliRunner.run("rules", "test", empty.toString());
    assertEquals(2, noFiles.code(), shown(noFiles));
    assertTrue(noFiles.err().contains("no rule files: give PATH, or put them in .vpcgate/rules"), shown(noFiles));

    CliRunner missing = CliRunner.run("rules", "test", tmp.resolve("nope").toString());
    assertEquals(3, missing.code(), shown(missing));
    Outcome.assertClean(missing);
  }

  // 9. The catalogue.

  @Test
  void rules_listsTheCustomRule_andExplainsItWithWhereItIsDefined() throws IOException {
    Path file = rules(RULE);
    CliRunner list = CliRunner.run("rules", "--rules", file.toString());
    assertEquals(0, list.code(), shown(list));
    String line = list.out().lines().filter(l -> l.startsWith("ACME-01 ")).findFirst().orElse("");
    assertTrue(line.matches("ACME-01\\s+WorkloadsRunAsTheirOwnServiceAccount\\s+BLOCKING\\s+.*"
        + "Workloads run as their own service account"), list.out());
    assertTrue(list.out().contains("VPCC-05 "), "the built-in rules are listed too");
    assertFalse(CliRunner.run("rules").out().contains("ACME-01"), "without --rules, no custom rule");

    CliRunner one = CliRunner.run("rules", "ACME-01", "--rules", file.toString());
    assertEquals(0, one.code(), shown(one));
    assertTrue(one.out().startsWith("ACME-01 WorkloadsRunAsTheirOwnServiceAccount: Workloads run as their own service account\n"),
        shown(one));
    assertTrue(one.out().contains("Severity: BLOCKING\nCategory: wiring\n"), shown(one));
    assertTrue(one.out().contains("Defined in: " + file + ":1\n"), shown(one));
    assertTrue(one.out().contains("workload.service_account == null"), shown(one));
    assertTrue(one.out().contains("## How to fix\nGive it a service account of its own"), shown(one));
    CliRunner byName = CliRunner.run("rules", "WorkloadsRunAsTheirOwnServiceAccount", "--rules", file.toString());
    assertEquals(one.out(), byName.out());
  }

  /** An ID or a name longer than the built-in rules' widens its column: every row's columns start where the header's do. */
  @Test
  void rules_longIdsAndNamesKeepTheColumnsAligned() throws IOException {
    Path file = rules(RULE.replace("ACME-01", "ACME-PLATFORM-NETWORK-01")
        .replace("Workloads run as their own service account",
            "Workloads of every team run as their own dedicated service account, never the default one"));
    CliRunner list = CliRunner.run("rules", "--rules", file.toString());
    assertEquals(0, list.code(), shown(list));
    List<String> lines = list.out().lines().toList();
    String header = lines.get(0);
    for (String column : List.of("RULE", "SEVERITY", "NEEDS", "SUMMARY")) {
      int at = header.indexOf(" " + column) + 1;
      for (String line : lines.subList(1, lines.size())) {
        assertEquals(' ', line.charAt(at - 1), column + " in: " + line);
        assertTrue(line.charAt(at) != ' ', column + " in: " + line);
      }
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("ACME-PLATFORM-NETWORK-01 ")), list.out());
  }

  // 10. audit and drift.

  static final String ON_BACKEND = """
      - id: %s
        summary: The backend is reviewed by the platform team
        severity: blocking
        category: %s
        on: workload
        when: |
          workload.name == "backend"
        message: "{{ workload.name }} in {{ workload.project }} needs the platform team's review"
        remediation: Ask platform-team for a review.
        sources: [https://wiki.acme.example/platform/review]
      """;

  @Test
  void audit_runsTheCustomRuleOnLiveResources() throws IOException {
    Path file = rules(ON_BACKEND.formatted("ACME-01", "wiring"));
    CliRunner r = CliRunner.run("audit", "--snapshot", AuditCommandTest.INCIDENT.toString(), "--rules", file.toString(),
        "-f", "json");
    assertEquals(4, r.code(), shown(r));
    List<JsonNode> mine = new ArrayList<>();
    json(r).get("findings").forEach(f -> {
      if (f.get("ruleId").asText().equals("ACME-01")) {
        mine.add(f);
      }
    });
    assertEquals(1, mine.size(), r.out());
    assertEquals("projects/acme-staging/locations/us-central1/services/backend", mine.get(0).get("resource").asText());
    assertEquals("backend in acme-staging needs the platform team's review", mine.get(0).get("message").asText());
    CliRunner without = CliRunner.run("audit", "--snapshot", AuditCommandTest.INCIDENT.toString(), "-f", "json");
    assertFalse(ids(json(without).get("findings")).contains("ACME-01"));
    // Drift compares Terraform with live: an audit has no Terraform, so a custom drift rule is not run, as ours are not.
    CliRunner drift = CliRunner.run("audit", "--snapshot", AuditCommandTest.INCIDENT.toString(), "--rules",
        rules(ON_BACKEND.formatted("ACME-D1", "drift")).toString(), "-f", "json");
    assertFalse(ids(json(drift).get("findings")).contains("ACME-D1"), drift.out());
  }

  @Test
  void drift_runsOnlyTheCustomRulesOfCategoryDrift() throws IOException {
    Path file = rules(ON_BACKEND.formatted("ACME-D1", "drift") + ON_BACKEND.formatted("ACME-W1", "wiring"));
    CliRunner r = CliRunner.run("drift", CheckCommandTest.SAMPLE.resolve("terraform").toString(),
        "--snapshot", AuditCommandTest.INCIDENT.toString(), "--rules", file.toString(), "-f", "json");
    assertEquals(4, r.code(), shown(r));
    JsonNode report = json(r);
    List<String> found = ids(report.get("findings"));
    assertTrue(found.contains("ACME-D1"), r.out());
    assertFalse(found.contains("ACME-W1"), "a wiring rule is no drift rule: " + r.out());
    report.get("findings").forEach(f -> assertEquals("drift", f.get("category").asText(), f.toString()));
    report.get("skipped").forEach(s -> assertFalse(s.get("ruleId").asText().equals("ACME-W1"), s.toString()));

    // check runs both.
    CliRunner check = CliRunner.run("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(),
        "--snapshot", AuditCommandTest.INCIDENT.toString(), "--rules", file.toString(), "-f", "json");
    List<String> all = ids(json(check).get("findings"));
    assertTrue(all.contains("ACME-D1") && all.contains("ACME-W1"), check.out());
  }
}
