package io.vpcgate.rules;

import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's marked fixture and clean twin, each with the inputs that belong to it, exactly as
 * the rule's page shows them: the markers hold and the twin stays silent. So no page shows an
 * example that no test runs.
 */
class RuleFixturesTest {

  static Stream<Named<Rule>> rules() {
    return BuiltInRules.all().stream().map(r -> Named.of(RuleMetadata.of(r).id() + " " + RuleMetadata.of(r).name(), r));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void markedFixture_reportsEveryMarkedLine(Rule rule) {
    RuleTester.of(rule, rule.getClass()).addFixture("bad.tf").expectMarkers();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void cleanTwin_staysSilent(Rule rule) {
    RuleTester.of(rule, rule.getClass()).addFixture("clean.tf").expectNoFindings();
  }
}
