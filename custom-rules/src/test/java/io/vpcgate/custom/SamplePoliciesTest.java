package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Rule;
import io.vpcgate.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled sample's policies (samples/custom-rules) load, and every test they carry passes. */
class SamplePoliciesTest {
  private static final Path RULES = Path.of("..", "samples", "custom-rules", ".vpcgate", "rules");

  @Test
  void theSamplePoliciesPassTheirOwnTests() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(RULES)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Rule> rules = CustomRules.load(files,
        BuiltInRules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet()));
    assertEquals(5, rules.size());
    assertEquals(0, RuleTests.untested(rules), "every sample policy has tests");
    List<RuleTests.Result> results = RuleTests.run(rules);
    assertTrue(results.size() >= 8, results.toString());
    results.forEach(r -> assertTrue(r.passed(), r.ruleId() + " " + r.test() + ": " + r.failures()));
    // Every policy is tested.
    assertEquals(5, results.stream().map(RuleTests.Result::ruleId)
        .distinct().count());
  }
}
