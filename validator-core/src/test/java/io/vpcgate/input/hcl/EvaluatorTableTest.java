package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every row of evaluator-table.txt: an expression and its value, or that it is unknown or an error. */
class EvaluatorTableTest {
  private static final Map<String, Value> VARS = Map.of(
      "name", Value.str("api"),
      "n", Value.Num.of(3),
      "regions", new Value.ListV(List.of(Value.str("us-central1"), Value.str("europe-west1"))),
      "tags", new Value.MapV(Map.of("env", Value.str("prod"), "team", Value.str("core"))),
      "unknown", new Value.Unknown("variable \"unknown\" has no value"));

  private static final Scope SCOPE = (root, steps) -> {
    if (!root.equals("var") || steps.isEmpty() || !(steps.get(0) instanceof Expr.Step.Attr a)) {
      return null;
    }
    return new Scope.Resolution(VARS.get(a.name()), 1);
  };

  @TestFactory
  Stream<DynamicTest> everyRow() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (InputStream in = getClass().getResourceAsStream("evaluator-table.txt")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i];
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int arrow = line.lastIndexOf("==>");
        String expr = line.substring(0, arrow).strip();
        String expected = line.substring(arrow + 3).strip();
        int lineNo = i + 1;
        tests.add(DynamicTest.dynamicTest(lineNo + ": " + expr, () -> check(expr, expected)));
      }
    }
    assertTrue(tests.size() > 80, "the table has " + tests.size() + " rows");
    return tests.stream();
  }

  private static void check(String expr, String expected) {
    Evaluator ev = new Evaluator();
    switch (expected) {
      case "<error>" -> assertThrows(EvalException.class, () -> ev.eval(HclParser.parseExpression(expr), SCOPE));
      case "<unknown>" -> {
        Value v = ev.eval(HclParser.parseExpression(expr), SCOPE);
        assertTrue(v instanceof Value.Unknown, expr + " should be unknown, got " + v);
      }
      default -> {
        Value want = ev.eval(HclParser.parseExpression(expected), Scope.EMPTY);
        Value got = ev.eval(HclParser.parseExpression(expr), SCOPE);
        assertTrue(Values.equal(want, got), () -> expr + ": expected " + want + " but got " + got);
      }
    }
  }
}
