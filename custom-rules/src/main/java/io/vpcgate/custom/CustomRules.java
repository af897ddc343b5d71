package io.vpcgate.custom;

import io.vpcgate.engine.Rule;
import io.vpcgate.input.InputText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation's own rules: the YAML files of a rules directory ({@code .vpcgate/rules}, found in
 * the checked directory or a parent, or given with {@code --rules}), read, checked and compiled once.
 * Only this class's callers decide to load it, and only when a rule file exists: a run without custom
 * rules never loads CEL.
 */
public final class CustomRules {
  private CustomRules() {}

  /**
   * The rules of {@code files}, compiled; an input error names the file and line of the first problem.
   * {@code builtIn}: the IDs of vpcgate's own rules, whose prefixes an organisation's rule may not use.
   */
  public static List<Rule> load(List<Path> files, Set<String> builtIn) {
    return read(files, builtIn).compile();
  }

  /** {@code files} read (their YAML, their IDs checked), nothing compiled yet: what {@link Read#compile} compiles. */
  public static Read read(List<Path> files, Set<String> builtIn) {
    return new Read(specs(files, builtIn));
  }

  /** Rule files read once: their IDs known at once, their expressions compiled later (on another thread, in a check). */
  public static final class Read {
    private final List<RuleSpec> specs;

    private Read(List<RuleSpec> specs) {
      this.specs = List.copyOf(specs);
    }

    /**
     * Rule ID to where it is defined ({@code .vpcgate/rules/x.yaml:3}), in file order, from the files alone (CEL is
     * not loaded): what settings and suppressions may name, known before the rules are compiled.
     */
    public Map<String, String> ids() {
      Map<String, String> ids = new LinkedHashMap<>();
      specs.forEach(s -> ids.put(s.id(), s.at().toString()));
      return ids;
    }

    /** The rules, their expressions type-checked and planned; a type error throws an input error naming the line. */
    public List<Rule> compile() {
      CelCompiler cel = new CelCompiler();
      List<CustomRule.Expressions> compiled = specs.stream().map(s -> CustomRule.Expressions.compile(s, cel)).toList();
      Set<String> names = new java.util.HashSet<>();
      compiled.forEach(c -> names.addAll(c.names()));
      CustomRule.Messages messages = new CustomRule.Messages(names);
      List<Rule> rules = new ArrayList<>();
      for (CustomRule.Expressions c : compiled) {
        rules.add(new CustomRule(c, messages));
      }
      return rules;
    }
  }

  private static List<RuleSpec> specs(List<Path> files, Set<String> builtIn) {
    Set<String> ours = prefixes(builtIn);
    Map<String, String> seen = new HashMap<>();
    List<RuleSpec> specs = new ArrayList<>();
    for (Path f : files) {
      for (RuleSpec spec : new RuleFileReader(f.toString()).read(InputText.read(f).text())) {
        String prefix = spec.id().substring(0, spec.id().indexOf('-'));
        if (ours.contains(prefix)) {
          throw spec.at().error("id " + spec.id() + ": the prefix " + prefix + " is vpcgate's own; use your "
              + "organisation's (ACME-01)");
        }
        String before = seen.putIfAbsent(spec.id(), spec.at().toString());
        if (before != null) {
          throw spec.at().error("id " + spec.id() + " is already used at " + before);
        }
        specs.add(spec);
      }
    }
    return specs;
  }

  private static Set<String> prefixes(Set<String> ids) {
    Set<String> p = new java.util.TreeSet<>();
    ids.forEach(id -> p.add(id.contains("-") ? id.substring(0, id.indexOf('-')) : id));
    return p;
  }
}
