package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Invariants over the whole catalogue, so that no rule ships without its metadata, docs and fixtures. */
class AllRulesTest {
  private static final List<Rule> RULES = BuiltInRules.all();
  /** Rules whose findings are about live resources only: no .tf line to mark; their tests name the resources. */
  private static final java.util.Set<String> LIVE_SUBJECTS = java.util.Set.of("DRIFT-03");

  @Test
  void everyRuleClassIsRegistered() throws IOException, URISyntaxException {
    Path root = Path.of(BuiltInRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> found;
    try (Stream<Path> walk = Files.walk(root)) {
      found = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
          .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", ""))
          .filter(name -> {
            try {
              Class<?> c = Class.forName(name);
              return Rule.class.isAssignableFrom(c) && !c.isInterface();
            } catch (ClassNotFoundException e) {
              throw new IllegalStateException(e);
            }
          })
          .collect(Collectors.toSet());
    }
    Set<String> registered = RULES.stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
    assertEquals(found, registered);
  }

  @Test
  void idsAndNamesAreUniqueAndListedInIdOrder() {
    List<RuleMetadata> meta = RULES.stream().map(RuleMetadata::of).toList();
    assertEquals(meta.size(), new HashSet<>(meta.stream().map(RuleMetadata::id).toList()).size());
    assertEquals(meta.size(), new HashSet<>(meta.stream().map(RuleMetadata::name).toList()).size());
    List<String> ids = meta.stream().map(RuleMetadata::id).toList();
    assertEquals(ids.stream().sorted().toList(), ids, "BuiltInRules.all() is sorted by ID");
    ids.forEach(id -> assertTrue(id.matches("(VPCC|CR|REDIS|SQL|WIRE|DRIFT|TF|ADB|MEMC|DNS)-\\d\\d"), id));
  }

  @Test
  void summariesAreShortPhrasesWithoutATrailingPeriod() {
    for (Rule r : RULES) {
      RuleMetadata m = RuleMetadata.of(r);
      assertTrue(m.summary().length() <= 80, m.name() + " summary is over 80 characters");
      assertFalse(m.summary().endsWith("."), m.name() + " summary ends with a period");
      assertFalse(m.resourceTypes().isEmpty(), m.name() + " names no resource types");
    }
  }

  @Test
  void everyRuleIsExplainedWithSources() {
    for (Rule r : RULES) {
      RuleMetadata m = RuleMetadata.of(r);
      assertFalse(m.explanation().isBlank(), m.name() + ".md is missing next to the rule");
      for (String section : List.of("## Why", "## How to fix", "## Sources")) {
        assertTrue(m.explanation().contains(section), m.name() + ".md lacks " + section);
      }
    }
  }

  @Test
  void everyRuleHasAMarkedFixtureAndACleanTwin() throws IOException {
    for (Rule r : RULES) {
      String base = r.getClass().getSimpleName() + "/";
      try (InputStream bad = r.getClass().getResourceAsStream(base + "bad.tf");
          InputStream clean = r.getClass().getResourceAsStream(base + "clean.tf")) {
        assertNotNull(bad, base + "bad.tf is missing");
        assertNotNull(clean, base + "clean.tf is missing");
        assertTrue(LIVE_SUBJECTS.contains(RuleMetadata.of(r).id())
            || new String(bad.readAllBytes(), StandardCharsets.UTF_8).contains(": Finding contains: "), base + "bad.tf has no marker");
      }
      assertNotNull(resourceClass(r, "Test"), r.getClass().getSimpleName() + "Test is missing");
    }
  }

  @Test
  void rulesAreFinalAndStateless() {
    for (Rule r : RULES) {
      Class<?> c = r.getClass();
      assertTrue(Modifier.isFinal(c.getModifiers()), c.getSimpleName() + " is not final");
      for (Field f : c.getDeclaredFields()) {
        if (f.isSynthetic()) {
          continue; // added by a coverage or mutation tool's instrumentation, not by the rule
        }
        assertTrue(Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers()),
            c.getSimpleName() + "." + f.getName() + " is mutable or per-instance state");
      }
    }
  }

  private static Class<?> resourceClass(Rule r, String suffix) {
    try {
      return Class.forName(r.getClass().getName() + suffix);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
