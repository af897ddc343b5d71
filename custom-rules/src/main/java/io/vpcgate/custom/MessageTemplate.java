package io.vpcgate.custom;

import com.google.protobuf.NullValue;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A finding's message: text with CEL expressions between {@code {{ }}}, each type-checked when the
 * file is loaded and evaluated with the subject's variables ({@code "{{ workload.name }} reaches
 * {{ size(workload.reaches) }} stores"}). A value not known before apply prints as "(unknown)", an
 * unset one as "null".
 */
final class MessageTemplate {
  private final List<Object> parts; // String text, or CelCompiler.Compiled

  private MessageTemplate(List<Object> parts) {
    this.parts = List.copyOf(parts);
  }

  /**
   * The parts of a message: its text, and between them its expressions, to compile ({@link CelCompiler.Request},
   * each a value of the message field).
   */
  static List<Object> parse(RuleSpec.Text text) {
    List<Object> parts = new ArrayList<>();
    String s = text.value();
    int at = 0;
    while (at < s.length()) {
      int open = s.indexOf("{{", at);
      if (open < 0) {
        parts.add(s.substring(at));
        break;
      }
      int close = s.indexOf("}}", open + 2);
      SourceLine line = text.at().plus((int) s.substring(0, open).chars().filter(c -> c == '\n').count());
      if (close < 0) {
        throw line.error("message: {{ without its }}");
      }
      parts.add(s.substring(at, open));
      String expr = s.substring(open + 2, close).strip();
      if (expr.isEmpty()) {
        throw line.error("message: {{ }} holds no expression");
      }
      parts.add(CelCompiler.Request.value(expr, line, "message"));
      at = close + 2;
    }
    return parts;
  }

  /** The message of {@code parts} ({@link #parse}), with their expressions compiled, in order, as {@code compiled}. */
  static MessageTemplate of(List<Object> parts, List<CelCompiler.Compiled> compiled) {
    List<Object> out = new ArrayList<>();
    int next = 0;
    for (Object p : parts) {
      out.add(p instanceof CelCompiler.Request ? compiled.get(next++) : p);
    }
    return new MessageTemplate(out);
  }

  /** The fields its expressions select (see {@link CelCompiler.Compiled#names()}). */
  Set<String> names() {
    Set<String> names = new HashSet<>();
    for (Object p : parts) {
      if (p instanceof CelCompiler.Compiled c) {
        names.addAll(c.names());
      }
    }
    return names;
  }

  String render(Variables vars) throws CelEvaluationException {
    StringBuilder b = new StringBuilder();
    for (Object p : parts) {
      b.append(p instanceof CelCompiler.Compiled c ? show(vars.eval(c.program())) : (String) p);
    }
    return b.toString();
  }

  private static String show(Object v) {
    if (v instanceof CelUnknownSet) {
      return "(unknown)";
    }
    if (v == null || v instanceof NullValue || v instanceof dev.cel.common.values.NullValue) {
      return "null";
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(MessageTemplate::show).collect(Collectors.joining(", ", "[", "]"));
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> show(e.getKey()) + ": " + show(e.getValue())).sorted()
          .collect(Collectors.joining(", ", "{", "}")); // in key order: a report must not change from run to run
    }
    if (v instanceof GraphValue m) {
      return m.find("address").map(Object::toString).orElse(m.shape().name());
    }
    return String.valueOf(v);
  }
}
