package io.vpcgate.custom;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Severity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads a rule file: a YAML list of rules. Strict, like the settings file: an unknown key, a missing
 * one, a wrong type, an ID that is not the organisation's own or is used twice, an unknown {@code on}
 * is an input error naming the file and line. Expressions are compiled by the caller.
 */
final class RuleFileReader {
  static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]{1,15}-[A-Z0-9][A-Z0-9-]{0,31}");
  private static final Pattern CHANGE = Pattern.compile("\\.change\\b");
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]{2,80}");
  private static final Set<String> KEYS = Set.of("id", "name", "summary", "severity", "category", "on", "when",
      "message", "remediation", "sources", "needs", "tests");
  /** In this order: a rule without several of them is told the first (a Set's order changes from run to run). */
  private static final List<String> REQUIRED = List.of("id", "summary", "severity", "category", "on", "when", "message",
      "remediation", "sources");
  private static final Set<String> TEST_KEYS = Set.of("name", "terraform", "dir", "snapshot", "plan", "expect");
  private static final Map<String, Input> NEEDS = Map.of("terraform", Input.DESIRED, "live", Input.LIVE,
      "state", Input.STATE, "plan", Input.PLAN);

  private final String file;

  RuleFileReader(String file) {
    this.file = file;
  }

  List<RuleSpec> read(String text) {
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(10);
      // The composer alone, as Yaml.compose uses it: a Yaml object also makes a constructor of Java objects, whose
      // class initialisation starts java.util.logging (its configuration read from the JDK's files), about 10 ms of
      // a one-root check's start-up, for objects a rule file never makes.
      root = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
          .getSingleNode();
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw new SourceLine(file, line).error("invalid YAML: " + e.getProblem());
    } catch (RuntimeException e) {
      throw new SourceLine(file, 1).error("invalid YAML: " + e.getMessage());
    }
    if (root == null) {
      return List.of();
    }
    if (!(root instanceof SequenceNode list)) {
      throw at(root).error("a rule file is a YAML list of rules (- id: ...)");
    }
    List<RuleSpec> rules = new ArrayList<>();
    for (Node n : list.getValue()) {
      rules.add(rule(n));
    }
    return rules;
  }

  private RuleSpec rule(Node node) {
    Map<String, NodeTuple> m = mapping(node, KEYS, "a rule");
    for (String k : REQUIRED) {
      if (!m.containsKey(k)) {
        throw at(node).error("the rule has no " + k + " (a rule needs " + String.join(", ", REQUIRED.stream().sorted()
            .toList()) + ")");
      }
    }
    String id = text(m.get("id"));
    if (!ID.matcher(id).matches()) {
      throw at(m.get("id")).error("id " + quote(id) + " must be a prefix of the organisation's own, a dash and a "
          + "number or name in capitals (ACME-01, PAYMENTS-REDIS-TLS)");
    }
    String summary = text(m.get("summary"));
    String name = m.containsKey("name") ? text(m.get("name")) : nameOf(summary);
    if (!NAME.matcher(name).matches()) {
      throw m.containsKey("name") ? at(m.get("name")).error("name " + quote(name) + " must be UpperCamelCase letters and "
          + "digits, at least 3") : at(m.get("summary")).error("the summary makes no rule name (" + quote(name)
              + "): give the rule a name: in UpperCamelCase");
    }
    Target on = Target.parse(text(m.get("on")))
        .orElseThrow(() -> at(m.get("on")).error("on: " + quote(text(m.get("on"))) + " is not one of " + Target.choices()));
    Set<Input> needs = needs(m.get("needs"));
    RuleSpec.Text when = expression(m.get("when"));
    if (CHANGE.matcher(when.value()).find() && !needs.contains(Input.PLAN)) {
      throw when.at().error("when reads change, which only a plan tells: add needs: [plan], so that the rule is "
          + "skipped without one rather than passed");
    }
    return new RuleSpec(id, name, summary, choice(m.get("severity"), Severity.class), choice(m.get("category"), Category.class),
        on, when, expression(m.get("message")), text(m.get("remediation")), strings(m.get("sources"), true), needs,
        tests(m.get("tests")), at(node));
  }

  private Set<Input> needs(NodeTuple t) {
    Set<Input> needs = EnumSet.of(Input.DESIRED);
    if (t == null) {
      return needs;
    }
    for (String s : strings(t, false)) {
      Input i = NEEDS.get(s.toLowerCase(Locale.ROOT));
      if (i == null) {
        throw at(t).error("needs: " + quote(s) + " is not one of terraform, live, state, plan");
      }
      needs.add(i);
    }
    return needs;
  }

  private List<RuleSpec.RuleTest> tests(NodeTuple t) {
    if (t == null) {
      return List.of();
    }
    if (!(t.getValueNode() instanceof SequenceNode list)) {
      throw at(t).error("tests must be a list");
    }
    List<RuleSpec.RuleTest> tests = new ArrayList<>();
    for (Node n : list.getValue()) {
      Map<String, NodeTuple> m = mapping(n, TEST_KEYS, "a test");
      if (!m.containsKey("name") || !m.containsKey("expect")) {
        throw at(n).error("a test needs a name and expect (a list of {rule, resource}, empty when nothing is expected)");
      }
      if (m.containsKey("terraform") == m.containsKey("dir")) {
        throw at(n).error("a test gives its Terraform either inline (terraform: |) or as a directory (dir:), one of them");
      }
      if (!(m.get("expect").getValueNode() instanceof SequenceNode expect)) {
        throw at(m.get("expect")).error("expect must be a list of {rule, resource}");
      }
      List<RuleSpec.Expected> expected = new ArrayList<>();
      for (Node e : expect.getValue()) {
        Map<String, NodeTuple> x = mapping(e, Set.of("rule", "resource"), "an expected finding");
        if (!x.containsKey("rule") || !x.containsKey("resource")) {
          throw at(e).error("an expected finding names its rule and resource");
        }
        expected.add(new RuleSpec.Expected(text(x.get("rule")), text(x.get("resource"))));
      }
      tests.add(new RuleSpec.RuleTest(text(m.get("name")), optional(m.get("terraform")), optional(m.get("dir")),
          optional(m.get("snapshot")), optional(m.get("plan")), expected, at(n)));
    }
    return tests;
  }

  private Optional<String> optional(NodeTuple t) {
    return t == null ? Optional.empty() : Optional.of(text(t));
  }

  /** A rule's expression and the line its text starts on (a block scalar's, the line after its indicator). */
  private RuleSpec.Text expression(NodeTuple t) {
    String value = text(t);
    if (value.isBlank()) {
      throw at(t).error(((ScalarNode) t.getKeyNode()).getValue() + " is empty");
    }
    ScalarNode s = (ScalarNode) t.getValueNode();
    boolean block = s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
        || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    return new RuleSpec.Text(value.strip(), new SourceLine(file, s.getStartMark().getLine() + (block ? 2 : 1)));
  }

  private Map<String, NodeTuple> mapping(Node node, Set<String> keys, String what) {
    if (!(node instanceof MappingNode map)) {
      throw at(node).error(what + " must be a mapping of " + String.join(", ", keys.stream().sorted().toList()));
    }
    Map<String, NodeTuple> m = new LinkedHashMap<>();
    for (NodeTuple t : map.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (!keys.contains(key)) {
        throw at(t.getKeyNode()).error("unknown key " + quote(key) + " in " + what + " (known: "
            + String.join(", ", keys.stream().sorted().toList()) + ")");
      }
      if (m.put(key, t) != null) { // the composer keeps both; a reader of the file would see only one
        throw at(t.getKeyNode()).error("key " + quote(key) + " is given twice in " + what);
      }
    }
    return m;
  }

  private String text(NodeTuple t) {
    if (!(t.getValueNode() instanceof ScalarNode s)) {
      throw at(t).error(((ScalarNode) t.getKeyNode()).getValue() + " must be text");
    }
    return s.getValue();
  }

  private List<String> strings(NodeTuple t, boolean nonEmpty) {
    String key = ((ScalarNode) t.getKeyNode()).getValue();
    if (!(t.getValueNode() instanceof SequenceNode list) || list.getValue().stream().anyMatch(n -> !(n instanceof ScalarNode))) {
      throw at(t).error(key + " must be a list of text");
    }
    List<String> values = list.getValue().stream().map(n -> ((ScalarNode) n).getValue()).toList();
    if (nonEmpty && values.isEmpty()) {
      throw at(t).error(key + " must name at least one source (a policy, a page, a ticket)");
    }
    return values;
  }

  private <E extends Enum<E>> E choice(NodeTuple t, Class<E> type) {
    String v = text(t);
    try {
      return Enum.valueOf(type, v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw at(t).error(((ScalarNode) t.getKeyNode()).getValue() + ": " + quote(v) + " is not one of "
          + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList()));
    }
  }

  /** "Production workloads use Direct VPC" becomes ProductionWorkloadsUseDirectVpc. */
  static String nameOf(String summary) {
    StringBuilder b = new StringBuilder();
    for (String w : summary.split("[^A-Za-z0-9]+")) {
      if (!w.isEmpty()) {
        b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    String name = b.toString();
    return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "Rule" + name : name;
  }

  private SourceLine at(NodeTuple t) {
    return at(t.getKeyNode());
  }

  private SourceLine at(Node n) {
    return new SourceLine(file, n.getStartMark().getLine() + 1);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

}
