package io.vpcgate.custom;

import io.vpcgate.kind.Kind;
import io.vpcgate.kinds.Kinds;
import java.util.stream.Collectors;

/** The reference of the custom rules' vocabulary, generated from it (docs/rules/custom-rules-vocabulary.md). */
public final class VocabularyPage {
  /** The page's file name in the rule reference. */
  public static final String FILE = "custom-rules-vocabulary.md";

  private VocabularyPage() {}

  public static String render(String header) {
    StringBuilder b = new StringBuilder(header).append("\n# Custom rules: the vocabulary\n\n")
        .append("A rule's `when` and the `{{ }}` parts of its `message` are CEL expressions over these message types, "
            + "checked when the rule file is loaded. A field that may be unset is `null` when it is (compare it with "
            + "`!= null` before using it: `workload.max_instances != null && workload.max_instances > 50`); a field "
            + "not known before apply, or not covered by the live read, is unknown, and a rule whose result depends "
            + "on it reports the object as not evaluated, with why.\n\n")
        .append("## What a rule is `on`, and the variables it gets\n\n| on | variables |\n| --- | --- |\n");
    for (Target.Role r : Target.Role.values()) {
      if (r == Target.Role.RESOURCE) {
        continue;
      }
      Target t = new Target(r, java.util.Optional.empty());
      b.append("| `").append(r.variable).append("` | ").append(t.variables().stream()
          .map(v -> "`" + v + "` (" + Vocabulary.typeOfVariable(v) + ")").collect(Collectors.joining(", "))).append(" |\n");
    }
    b.append("| a kind | the variable of its role: a workload kind `workload`, a data store kind `data_store`, "
        + "`vpc_connector` `connector`, any other `resource` (Resource) |\n\n")
        .append("Kinds: ").append(Kinds.ALL.stream().map(Kind::name).sorted().map(n -> "`" + n + "`")
            .collect(Collectors.joining(", "))).append(".\n\n")
        .append("Lists of messages: a function such as `size()` given a list one of whose elements holds an unknown "
            + "value is unknown as a whole; `exists`, `all`, `exists_one`, `filter` and `map` look at each element, so "
            + "`workload.reaches.exists(r, true)` is known where `size(workload.reaches) > 0` may not be.\n\n");
    for (Vocabulary.TypeDoc t : Vocabulary.docs()) {
      b.append("## ").append(t.name()).append("\n\n").append(t.doc()).append("\n\n| field | type | meaning |\n| --- | --- | --- |\n");
      for (Vocabulary.FieldDoc f : t.fields()) {
        b.append("| `").append(f.name()).append("` | ").append(cel(f.type())).append(" | ").append(f.doc()).append(" |\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** A field's type as CEL names it. */
  private static String cel(String type) {
    boolean list = type.startsWith("repeated ");
    String t = list ? type.substring("repeated ".length()) : type;
    String one = switch (t) {
      case "Int64Value" -> "int or null";
      case "StringValue" -> "string or null";
      case "BoolValue" -> "bool or null";
      case "int64" -> "int";
      default -> t.replace("<", "&lt;").replace(">", "&gt;");
    };
    return list ? "list of " + one : one;
  }
}
