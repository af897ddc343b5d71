package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/rules is generated from the rules and their tested fixtures; this fails when it is stale. */
class RuleDocsTest {
  static final Path DOCS = Path.of("..", "docs", "rules");

  @Test
  void committedDocsMatchTheRules_runMakeDocsWhenThisFails() throws IOException {
    Map<String, String> pages = RuleDocs.render(BuiltInRules.all());
    List<String> stale = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      if (!Files.exists(file) || !Files.readString(file).equals(page.getValue())) {
        stale.add(page.getKey());
      }
    }
    try (Stream<Path> files = Files.list(DOCS)) {
      files.map(p -> p.getFileName().toString()).filter(n -> !pages.containsKey(n)).forEach(n -> stale.add(n + " (no such rule)"));
    }
    assertEquals(List.of(), stale, "docs/rules is stale: run `make docs` and commit the result");
  }

  @Test
  void everyExampleProducesTheRulesOwnFindings() {
    List<String> silent = new ArrayList<>();
    for (Rule r : BuiltInRules.all()) {
      Optional<RuleExample> e = RuleExample.of(r);
      RuleMetadata m = RuleMetadata.of(r);
      if (e.isEmpty() || e.get().findings() == 0 || !e.get().report().contains("[" + m.id() + " " + m.name() + "]")) {
        silent.add(m.id());
      }
    }
    assertEquals(List.of(), silent, "these rules' examples report nothing");
  }

  @Test
  void indexListsEveryRuleOnce() {
    String index = RuleDocs.render(BuiltInRules.all()).get("README.md");
    TreeSet<String> ids = new TreeSet<>();
    index.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| ID") && !l.startsWith("| ---"))
        .forEach(l -> assertTrue(ids.add(l.split("\\|")[1].strip()), l));
    assertEquals(BuiltInRules.all().size(), ids.size());
  }
}
