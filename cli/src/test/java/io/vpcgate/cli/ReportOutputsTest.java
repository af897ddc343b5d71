package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -f FORMAT[=FILE], -o, --quiet, --no-color, case-insensitive values, help and per-command exit codes. */
class ReportOutputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TF = CheckCommandTest.SAMPLE.resolve("terraform").toString();
  private static final String LIVE = CheckCommandTest.SAMPLE.resolve("live.json").toString();

  @TempDir Path tmp;

  @Test
  void oneRun_writesText_sarif_junit_andJson_withTheSameFindings() throws Exception {
    Path sarif = tmp.resolve("out.sarif");
    Path junit = tmp.resolve("out.xml");
    Path json = tmp.resolve("out.json");
    CliRunner r = CliRunner.run("check", TF, "--snapshot", LIVE, "-f", "text", "-f", "sarif=" + sarif,
        "--format", "junit=" + junit, "-f", "json=" + json);
    assertEquals(4, r.code());
    assertTrue(r.out().contains("[VPCC-05 "), r.out());
    assertTrue(r.out().strip().endsWith("not evaluated"), r.out());
    JsonNode report = JSON.readTree(Files.readString(json));
    int findings = report.get("findings").size();
    assertTrue(findings > 5, "findings: " + findings);
    assertEquals(findings, JSON.readTree(Files.readString(sarif)).at("/runs/0/results").size());
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
    assertTrue(doc.getElementsByTagName("testcase").getLength() > 0);
    assertEquals("", r.err(), "the verdict is on stdout already");
  }

  @Test
  void noReport_linksToAnAddressOfOurOwn_thatNobodyOwns() throws IOException {
    java.util.regex.Pattern url = java.util.regex.Pattern.compile("https?://([^/\\s\"')>]+)");
    for (Format format : Format.values()) {
      CliRunner r = CliRunner.run("check", TF, "--snapshot", LIVE, "-f", format.name());
      java.util.regex.Matcher m = url.matcher(r.out());
      while (m.find()) {
        assertFalse(m.group(1).contains("vpcgate"), format + " links to " + m.group());
      }
      assertTrue(format == Format.github || format == Format.json || r.out().contains("vpcgate rules ")
          || format == Format.markdown && r.out().contains("`vpcgate rules "), format + ": " + r.out());
    }
  }

  @Test
  void sarifHelpUri_onlyWithAConfiguredDocsUrl() throws IOException {
    Path config = tmp.resolve("vpcgate.yml");
    Files.writeString(config, "docs-url: https://git.example.com/platform/vpcgate/docs/rules/\n");
    JsonNode plain = JSON.readTree(CliRunner.run("check", TF, "-f", "sarif").out());
    plain.at("/runs/0/tool/driver/rules").forEach(r -> {
      assertTrue(r.path("helpUri").isMissingNode(), r.toString());
      assertTrue(r.at("/help/text").asText().contains("vpcgate rules " + r.get("id").asText()), r.toString());
    });
    JsonNode own = JSON.readTree(CliRunner.run("check", TF, "-f", "sarif", "--config", config.toString()).out());
    own.at("/runs/0/tool/driver/rules").forEach(r -> assertEquals(
        "https://git.example.com/platform/vpcgate/docs/rules/" + r.get("name").asText() + ".md", r.get("helpUri").asText()));
    CliRunner text = CliRunner.run("check", TF, "--config", config.toString());
    assertTrue(text.out().contains("see: vpcgate rules VPCC-05 or https://git.example.com/platform/vpcgate/docs/rules/"
        + "ConnectorInstanceBounds.md"), text.out());
  }

  @Test
  void everyReportToAFile_putsTheVerdictLineOnStderr_andNothingOnStdout() throws IOException {
    Path json = tmp.resolve("r.json");
    CliRunner r = CliRunner.run("check", TF, "-f", "json=" + json);
    assertEquals(4, r.code());
    assertEquals("", r.out());
    assertTrue(r.err().startsWith("vpcgate: BLOCKED: "), r.err());
    assertEquals(1, JSON.readTree(Files.readString(json)).get("schemaVersion").asInt());
  }

  @Test
  void theFormatWithoutAFile_goesToOutput_andDashIsStdout() throws IOException {
    Path md = tmp.resolve("summary.md");
    Path json = tmp.resolve("r.json");
    CliRunner r = CliRunner.run("check", TF, "-f", "markdown", "-o", md.toString(), "-f", "json=" + json);
    assertEquals(4, r.code());
    assertTrue(Files.readString(md).startsWith("#"), Files.readString(md));
    assertTrue(Files.exists(json));
    CliRunner dash = CliRunner.run("check", TF, "-f", "json", "--output", "-");
    assertEquals(1, JSON.readTree(dash.out()).get("schemaVersion").asInt());
    CliRunner dashFile = CliRunner.run("check", TF, "-f", "json=-");
    assertEquals(1, JSON.readTree(dashFile.out()).get("schemaVersion").asInt());
  }

  /** The wiring is worked out only when a Markdown report draws it: beside other formats, to a file, recursively. */
  @Test
  void theMarkdownReportDrawsTheWiring_whereverItGoes() throws IOException {
    Path md = tmp.resolve("summary.md");
    CliRunner r = CliRunner.run("check", TF, "-f", "json", "-f", "markdown=" + md);
    assertEquals(4, r.code(), r.err());
    String diagram = Files.readString(md);
    assertTrue(diagram.contains("```mermaid") && diagram.contains("connector"), diagram);
    CliRunner recursive = CliRunner.run("check", "--recursive", CheckCommandTest.SAMPLE.toString(), "-f", "markdown");
    assertTrue(recursive.out().contains("```mermaid"), recursive.out());
  }

  /** So are the resources each rule examined, only when a JUnit report lists them as test cases. */
  @Test
  void theJunitReportListsWhatEachRuleExamined_wheneverItIsAsked() throws IOException {
    Path junit = tmp.resolve("junit.xml");
    CliRunner r = CliRunner.run("check", TF, "-f", "json", "-f", "junit=" + junit);
    assertEquals(4, r.code(), r.err());
    String xml = Files.readString(junit);
    assertTrue(xml.contains("<testcase classname=\"VPCC-01 ConnectorNameInvalid\" name=\"google_vpc_access_connector.staging\""), xml);
    CliRunner recursive = CliRunner.run("check", "--recursive", CheckCommandTest.SAMPLE.toString(), "-f", "junit");
    assertTrue(recursive.out().contains(
        "<testcase classname=\"VPCC-01 ConnectorNameInvalid\" name=\"terraform: google_vpc_access_connector.staging\""),
        recursive.out());
  }

  @Test
  void twoFormatsWithoutAFile_orOutputWithNoFormatForIt_areUsageErrors() {
    CliRunner two = CliRunner.run("check", TF, "-f", "json", "-f", "text");
    assertEquals(2, two.code());
    assertTrue(two.err().contains("at most one -f/--format without =FILE"), two.err());
    CliRunner orphan = CliRunner.run("check", TF, "-f", "json=" + tmp.resolve("a.json"), "-o", tmp.resolve("b").toString());
    assertEquals(2, orphan.code());
    assertTrue(orphan.err().contains("--output names the file"), orphan.err());
    assertFalse(Files.exists(tmp.resolve("a.json")), "nothing is checked or written after a usage error");
    for (String bad : List.of("xml", "json=", "=x.json")) {
      CliRunner r = CliRunner.run("check", TF, "-f", bad);
      assertEquals(2, r.code(), bad);
      assertTrue(r.err().contains("FORMAT"), r.err());
    }
  }

  @Test
  void enumValues_areCaseInsensitive() throws IOException {
    CliRunner r = CliRunner.run("check", TF, "--format", "JSON", "--fail-on", "NEVER");
    assertEquals(0, r.code(), r.err());
    assertEquals(1, JSON.readTree(r.out()).get("schemaVersion").asInt());
    assertEquals(4, CliRunner.run("check", TF, "-f", "Text", "--fail-on", "Blocking").code());
  }

  @Test
  void quiet_printsTheVerdictLineOnly_andOtherFormatsInFull() throws IOException {
    Path sarif = tmp.resolve("q.sarif");
    CliRunner r = CliRunner.run("check", TF, "--snapshot", LIVE, "-q", "-f", "text", "-f", "sarif=" + sarif);
    assertEquals(4, r.code());
    assertEquals(1, r.out().lines().count(), r.out());
    assertTrue(r.out().startsWith("vpcgate: BLOCKED: 7 blocking"), r.out());
    assertTrue(JSON.readTree(Files.readString(sarif)).at("/runs/0/results").size() > 5);
  }

  @Test
  void noColor_andNoTerminal_printNoEscapes() {
    CliRunner r = CliRunner.run("check", TF, "--no-color");
    assertEquals(4, r.code());
    assertFalse(r.out().contains("\u001b["));
  }

  @Test
  void helpCommand_andEachCommandsExitCodes() {
    CliRunner check = CliRunner.run("help", "check");
    assertEquals(0, check.code());
    assertTrue(check.out().contains("Usage: vpcgate check"), check.out());
    String checkCodes = check.out().substring(check.out().indexOf("Exit codes:"));
    for (String code : List.of("0", "1", "2", "3", "4", "5")) {
      assertTrue(checkCodes.contains("\n  " + code + " "), code + " in " + checkCodes);
    }
    assertTrue(checkCodes.contains("passed: nothing at or above --fail-on"), checkCodes);
    String rules = CliRunner.run("help", "rules").out();
    String rulesCodes = rules.substring(rules.indexOf("Exit codes:"));
    assertFalse(rulesCodes.contains("\n  4 "), rulesCodes);
    assertFalse(rulesCodes.contains("\n  5 "), rulesCodes);
    String snapshot = CliRunner.run("snapshot", "--help").out();
    String snapshotCodes = snapshot.substring(snapshot.indexOf("Exit codes:"));
    assertTrue(snapshotCodes.contains("\n  5 "), snapshotCodes);
    assertFalse(snapshotCodes.contains("\n  4 "), snapshotCodes);
    CliRunner top = CliRunner.run("help");
    assertEquals(0, top.code());
    assertTrue(top.out().contains("audit"), top.out());
    assertEquals(2, CliRunner.run("help", "nosuch").code());
  }
}
