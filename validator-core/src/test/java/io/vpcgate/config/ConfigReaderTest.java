package io.vpcgate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Severity;
import io.vpcgate.input.InputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
  private static final Set<String> IDS = Set.of("VPCC-01", "VPCC-03", "CR-07");

  private static String error(String yaml) {
    return assertThrows(InputException.class, () -> ConfigReader.parse(yaml, ".vpcgate.yml", IDS)).getMessage();
  }

  @Test
  void everyKey() {
    VpcgateConfig c = ConfigReader.parse("""
        fail-on: warning
        project: acme
        region: us-central1
        rules:
          disable: [VPCC-01]
          severity:
            vpcc-03: warning
        drift:
          ignore:
            - "google_cloud_run_v2_service.template.annotations"
        """, ".vpcgate.yml", IDS);
    assertEquals(Set.of("VPCC-01"), c.disabled());
    assertEquals(Map.of("VPCC-03", Severity.WARNING), c.severities());
    assertEquals(Optional.of("warning"), c.failOn());
    assertEquals(Optional.of("acme"), c.project());
    assertEquals(List.of("google_cloud_run_v2_service.template.annotations"), c.driftIgnore());
    assertEquals(Set.of(), ConfigReader.parse("", "empty.yml", IDS).disabled());
  }

  @Test
  void docsUrl_andFailOnInAnyCase() {
    VpcgateConfig c = ConfigReader.parse("fail-on: WARNING\ndocs-url: https://git.example.com/p/vpcgate/docs/rules\n",
        ".vpcgate.yml", IDS);
    assertEquals(Optional.of("warning"), c.failOn());
    assertEquals(Optional.of("https://git.example.com/p/vpcgate/docs/rules"), c.docsUrl());
    assertEquals(Optional.empty(), ConfigReader.parse("project: a\n", ".vpcgate.yml", IDS).docsUrl());
    assertEquals(".vpcgate.yml:2: docs-url must be an http(s) URL under which the rule pages NAME.md are, got "
        + "\"docs/rules\"", error("project: a\ndocs-url: docs/rules\n"));
    assertTrue(error("docs-url: \"https://x y\"\n").startsWith(".vpcgate.yml:1: docs-url must be"));
  }

  @Test
  void mistakes_nameTheLine() {
    assertEquals(".vpcgate.yml:3: unknown key \"disabled\" under rules; expected one of [disable, severity]",
        error("fail-on: blocking\nrules:\n  disabled: [VPCC-01]\n"));
    assertEquals(".vpcgate.yml:1: unknown key \"fail_on\"; expected one of [docs-url, drift, fail-on, project, region, rules]",
        error("fail_on: warning\n"));
    assertEquals(".vpcgate.yml:3: severity of CR-07 must be BLOCKING, WARNING or INFO, got \"critical\"",
        error("rules:\n  severity:\n    CR-07: critical\n"));
    assertEquals(".vpcgate.yml:2: no rule \"VPCC-99\" (run 'vpcgate rules' for the list)",
        error("rules:\n  disable: [VPCC-99]\n"));
    assertEquals(".vpcgate.yml:1: fail-on must be blocking, warning or never, got \"always\"", error("fail-on: always\n"));
    String unclosed = error("rules:\n  - [unclosed\n");
    assertEquals(".vpcgate.yml:3:1: invalid YAML: expected ',' or ']', but got <stream end> (while parsing a flow "
        + "sequence that starts at line 2)", unclosed);
  }

  @Test
  void aYamlSyntaxError_isOneLineAtTheLineOfTheProblem() {
    String message = error("rules:\n  disable:\n    - VPCC-01\n  - oops\nfail-on: blocking\n");
    assertEquals(".vpcgate.yml:4:3: invalid YAML: expected <block end>, but found '-' (while parsing a block mapping "
        + "that starts at line 2)", message);
  }

  @Test
  void aKeyGivenTwice_isRefusedAtItsSecondLine() {
    // the last one silently winning would turn "fail-on: blocking" into whatever a later line says
    assertEquals(".vpcgate.yml:3: invalid YAML: Duplicate field 'fail-on'",
        error("fail-on: blocking\nproject: p\nfail-on: never\n"));
    assertEquals(".vpcgate.yml:4: invalid YAML: Duplicate field 'disable'",
        error("rules:\n  disable: [VPCC-01]\n  severity: {VPCC-02: info}\n  disable: [VPCC-03]\n"));
  }
}
