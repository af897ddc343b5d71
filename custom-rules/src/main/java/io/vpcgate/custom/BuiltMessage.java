package io.vpcgate.custom;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message of the {@link Vocabulary} and the fields in it that are not known, each under its path
 * relative to the message ({@code reaches[0].data_store.tls}) with why: built once per run and object,
 * then shared by every rule and every message that nests it.
 */
final class BuiltMessage {
  /** A field not known, and why. */
  record UnknownField(List<Object> path, String reason) {}

  /**
   * The unknown fields as CEL's attribute patterns under one variable, and why each is unknown, by the field's
   * name ({@link AttributeName}): the names are made only when a result was unknown and is explained.
   */
  static final class Patterns {
    private final String variable;
    private final List<CelAttributePattern> patterns;
    private final List<UnknownField> fields;
    private Map<String, String> reasons;

    private Patterns(String variable, List<CelAttributePattern> patterns, List<UnknownField> fields) {
      this.variable = variable;
      this.patterns = patterns;
      this.fields = fields;
    }

    List<CelAttributePattern> patterns() {
      return patterns;
    }

    /** Why each field is unknown, by its name ({@code workload.max_instances}). */
    synchronized Map<String, String> reasons() {
      if (reasons == null) {
        Map<String, String> r = new LinkedHashMap<>();
        for (UnknownField f : fields) {
          r.putIfAbsent(AttributeName.of(variable, f.path()), f.reason());
        }
        reasons = r;
      }
      return reasons;
    }
  }

  /**
   * A variable's pattern, made once per name: CEL checks the name against its identifier syntax, a regular
   * expression, each time it makes one (and a run has a handful of variables).
   */
  private static final Map<String, CelAttributePattern> ROOTS = new java.util.concurrent.ConcurrentHashMap<>();

  private final GraphValue value;
  private final List<UnknownField> unknowns;
  private volatile Patterns last; // made once: a message is nearly always the value of the same variable

  BuiltMessage(GraphValue value, List<UnknownField> unknowns) {
    this.value = value;
    this.unknowns = List.copyOf(unknowns);
  }

  GraphValue value() {
    return value;
  }

  List<UnknownField> unknowns() {
    return unknowns;
  }

  private static CelAttributePattern root(String variable) {
    return ROOTS.computeIfAbsent(variable, CelAttributePattern::create);
  }

  /** The unknown fields as patterns under {@code variable} ({@code workload.reaches[0].data_store.tls}). */
  Patterns under(String variable) {
    Patterns p = last;
    if (p == null || !p.variable.equals(variable)) {
      List<CelAttributePattern> patterns = new ArrayList<>();
      for (UnknownField u : unknowns) {
        CelAttributePattern a = root(variable);
        for (Object q : u.path()) {
          a = a.qualify(q instanceof Long i ? CelAttribute.Qualifier.ofInt(i) : CelAttribute.Qualifier.ofString((String) q));
        }
        patterns.add(a);
      }
      p = new Patterns(variable, List.copyOf(patterns), unknowns);
      last = p;
    }
    return p;
  }
}
