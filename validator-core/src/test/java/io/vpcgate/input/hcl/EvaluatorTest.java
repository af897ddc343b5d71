package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final Scope UNKNOWN_VAR = (root, steps) ->
      root.equals("var") ? new Scope.Resolution(new Value.Unknown("variable \"x\" has no value"), 1) : null;

  private static Value eval(String expr) {
    return eval(expr, Scope.EMPTY);
  }

  private static Value eval(String expr, Scope scope) {
    return new Evaluator().eval(HclParser.parseExpression(expr), scope);
  }

  @Test
  void cidrFunctions_matchTerraform() {
    assertEquals(Value.str("10.1.2.0/24"), eval("cidrsubnet(\"10.1.0.0/16\", 8, 2)"));
    assertEquals(Value.str("10.12.112.0/20"), eval("cidrsubnet(\"10.12.0.0/16\", 4, 7)"));
    assertEquals(Value.str("10.12.112.16"), eval("cidrhost(\"10.12.112.0/20\", 16)"));
    assertEquals(Value.str("10.12.127.254"), eval("cidrhost(\"10.12.112.0/20\", -2)"));
    assertEquals(Value.str("255.255.240.0"), eval("cidrnetmask(\"172.16.0.0/20\")"));
    assertEquals(eval("[\"10.1.0.0/20\", \"10.1.16.0/20\", \"10.1.32.0/28\"]"), eval("cidrsubnets(\"10.1.0.0/16\", 4, 4, 12)"));
    assertThrows(EvalException.class, () -> eval("cidrsubnet(\"10.1.0.0/16\", 8, 256)"));
  }

  @Test
  void stringAndCollectionFunctions() {
    assertEquals(Value.str("projects/p/global/networks/n"), eval("format(\"projects/%s/global/networks/%s\", \"p\", \"n\")"));
    assertEquals(Value.str("a,b"), eval("join(\",\", [\"a\", \"b\"])"));
    assertEquals(eval("[\"a\", \"b\"]"), eval("split(\",\", \"a,b\")"));
    assertEquals(Value.str("d"), eval("lookup({a = \"b\"}, \"c\", \"d\")"));
    assertEquals(eval("{a = 1, b = 3}"), eval("merge({a = 1, b = 2}, {b = 3})"));
    assertEquals(eval("[1, 2, 3]"), eval("concat([1], [2, 3])"));
    assertEquals(Value.str("x"), eval("coalesce(\"\", null, \"x\")"));
    assertEquals(Value.Num.of(2), eval("length({a = 1, b = 2})"));
    assertEquals(Value.str("b"), eval("element([\"a\", \"b\"], 3)"));
    assertEquals(Value.str("{\"a\":[1,true]}"), eval("jsonencode({a = [1, true]})"));
    assertEquals(eval("{a = 1}"), eval("jsondecode(\"{\\\"a\\\": 1}\")"));
    assertEquals(Value.str("HELLO"), eval("upper(trimspace(\"  hello \\n\"))"));
    assertEquals(Value.str("a-b"), eval("replace(\"a_b\", \"_\", \"-\")"));
    assertEquals(Value.str("a-b"), eval("replace(\"a__b\", \"/_+/\", \"-\")"));
    assertEquals(eval("[\"a\", \"b\"]"), eval("keys({b = 1, a = 2})"));
    assertEquals(eval("[1, 2]"), eval("flatten([[1], [[2]]])"));
    assertEquals(eval("[\"a\"]"), eval("distinct([\"a\", \"a\"])"));
    assertEquals(Value.Num.of(42), eval("tonumber(\"42\")"));
    assertEquals(Value.str("5"), eval("tostring(5)"));
    assertEquals(Value.str("abc"), eval("substr(\"xabcx\", 1, 3)"));
  }

  @Test
  void tryAndCan_recoverFromErrors() {
    assertEquals(Value.str("fallback"), eval("try({a = 1}.b, \"fallback\")"));
    assertEquals(new Value.Bool(false), eval("can({a = 1}.b)"));
    assertEquals(new Value.Bool(true), eval("can(1 + 1)"));
  }

  @Test
  void unknown_propagatesAndNeverBecomesAWrongKnownValue() {
    assertTrue(eval("var.x + 1", UNKNOWN_VAR) instanceof Value.Unknown);
    assertTrue(eval("\"prefix-${var.x}\"", UNKNOWN_VAR) instanceof Value.Unknown);
    assertTrue(eval("var.x == null ? 1 : 2", UNKNOWN_VAR) instanceof Value.Unknown);
    assertTrue(eval("upper(var.x)", UNKNOWN_VAR) instanceof Value.Unknown);
    assertTrue(eval("cidrsubnet(var.x, 4, 1)", UNKNOWN_VAR) instanceof Value.Unknown);
    assertTrue(eval("try(var.x, \"default\")", UNKNOWN_VAR) instanceof Value.Unknown);
    assertEquals(Value.Num.of(2), eval("length([var.x, 1])", UNKNOWN_VAR));
    assertEquals(new Value.Bool(false), eval("false && var.x", UNKNOWN_VAR));
    assertTrue(eval("uuid()") instanceof Value.Unknown);
  }

  @Test
  void errors_areEvalExceptionsWithAMessage() {
    assertThrows(EvalException.class, () -> eval("{a = 1}.b"));
    assertThrows(EvalException.class, () -> eval("[1][5]"));
    assertThrows(EvalException.class, () -> eval("1 / 0"));
    assertThrows(EvalException.class, () -> eval("nosuchfunction(1)"));
    assertThrows(EvalException.class, () -> eval("\"a\" + 1"));
    assertThrows(EvalException.class, () -> eval("undeclared.thing"));
  }

  @Test
  void forExpression_iteratesMapsInKeyOrder() {
    assertEquals(eval("[\"a=1\", \"b=2\"]"), eval("[for k, v in {b = 2, a = 1} : \"${k}=${v}\"]"));
    Scope s = Scope.with(Scope.EMPTY, Map.of("each", new Value.MapV(Map.of("key", Value.str("k")))));
    assertEquals(Value.str("k"), eval("each.key", s));
    assertEquals(List.of(), ((Value.ListV) eval("[for x in [] : x]")).items());
  }
}
