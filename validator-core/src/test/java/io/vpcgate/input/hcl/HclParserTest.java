package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

  private static Value eval(String expr) {
    return new Evaluator().eval(HclParser.parseExpression(expr), Scope.EMPTY);
  }

  @Test
  void body_blocksAndAttributesKeepTheirLines() {
    Body body = HclParser.parse("""
        # comment
        resource "google_vpc_access_connector" "c" {
          name = "x"

          subnet {
            name = "s"
          }
        }
        locals { a = 1 }
        """);
    Body.Block r = body.blocks().get(0);
    assertEquals("resource", r.type());
    assertEquals(List.of("google_vpc_access_connector", "c"), r.labels());
    assertEquals(2, r.line());
    assertEquals(3, r.body().attribute("name").orElseThrow().line());
    Body.Block subnet = r.body().blocks("subnet").get(0);
    assertEquals(5, subnet.line());
    assertEquals(6, subnet.body().attribute("name").orElseThrow().line());
    assertEquals(9, body.blocks().get(1).line());
  }

  @Test
  void operators_followHclPrecedence() {
    assertEquals(Value.Num.of(7), eval("1 + 2 * 3"));
    assertEquals(new Value.Bool(true), eval("1 + 1 == 2 && !false || false"));
    assertEquals(Value.str("b"), eval("2 > 3 ? \"a\" : \"b\""));
    assertEquals(Value.Num.of(-4), eval("-(2 + 2)"));
    assertEquals(Value.Num.of(1), eval("7 % 3"));
  }

  @Test
  void collections_forExpressionsAndSplats() {
    assertEquals(eval("[2, 4]"), eval("[for x in [1, 2, 3, 4] : x if x % 2 == 0]"));
    assertEquals(eval("{a = 1, b = 2}"), eval("{for k, v in {b = 2, a = 1} : k => v}"));
    assertEquals(eval("{x = [1, 2]}"), eval("{for v in [1, 2] : \"x\" => v...}"));
    assertEquals(eval("[\"a\", \"b\"]"), eval("[{n = \"a\"}, {n = \"b\"}][*].n"));
    assertEquals(eval("[\"a\"]"), eval("[{n = \"a\"}].*.n"));
    assertEquals(Value.Num.of(20), eval("[10, 20][1]"));
    assertEquals(Value.Num.of(20), eval("[10, 20].1"));
    assertEquals(Value.Num.of(3), eval("{a = {b = [1, 2, 3]}}.a.b[2]"));
  }

  @Test
  void objects_acceptNewlinesCommasAndComputedKeys() {
    Value v = eval("""
        {
          a = 1,
          "b" = 2
          (upper("c")) = 3
          d: 4
        }""");
    assertEquals(eval("{a = 1, b = 2, C = 3, d = 4}"), v);
  }

  @Test
  void templates_interpolateDirectivesAndStripMarkers() {
    assertEquals(Value.str("a-1-b"), eval("\"a-${1}-b\""));
    assertEquals(Value.Num.of(5), eval("\"${5}\""));
    assertEquals(Value.str("yes"), eval("\"%{if true}yes%{else}no%{endif}\""));
    assertEquals(Value.str("1,2,"), eval("\"%{for x in [1, 2]}${x},%{endfor}\""));
    assertEquals(Value.str("a${b}%{c}"), eval("\"a$${b}%%{c}\""));
    assertEquals(Value.str("x\ty\"\u00e9"), eval("\"x\\ty\\\"\\u00e9\""));
    assertEquals(Value.str("ab"), eval("\"a   ${~ \"b\" ~}   \""));
  }

  @Test
  void heredocs_plainAndIndented() {
    Body b = HclParser.parse("""
        a = <<EOT
        line ${1 + 1}
        EOT
        b = <<-EOT
            indented
              more
            EOT
        c = 3
        """);
    Evaluator ev = new Evaluator();
    assertEquals(Value.str("line 2\n"), ev.eval(b.attribute("a").orElseThrow().expr(), Scope.EMPTY));
    assertEquals(Value.str("indented\n  more\n"), ev.eval(b.attribute("b").orElseThrow().expr(), Scope.EMPTY));
    assertEquals(8, b.attribute("c").orElseThrow().line());
  }

  @Test
  void functionCalls_multilineArgumentsAndExpansion() {
    assertEquals(Value.Num.of(3), eval("""
        max(
          1,
          3,
        )"""));
    assertEquals(Value.Num.of(9), eval("max([1, 9, 2]...)"));
    Body b = HclParser.parse("x = provider::google::name_from_id(\"a/b\")\n");
    assertTrue(b.attribute("x").orElseThrow().expr() instanceof Expr.Call c && c.name().equals("provider::google::name_from_id"));
  }

  @Test
  void comments_everyStyleIsIgnored() {
    Body b = HclParser.parse("""
        a = 1 # trailing
        // line
        /* block
           comment */ b = 2
        c = /* inline */ 3
        """);
    assertEquals(3, b.attributes().size());
  }

  @Test
  void errors_nameLineAndColumn() {
    HclSyntaxException e = assertThrows(HclSyntaxException.class, () -> HclParser.parse("resource \"a\" \"b\" {\n  x = \n}\n"));
    assertEquals(2, e.line());
    e = assertThrows(HclSyntaxException.class, () -> HclParser.parse("a = \"unterminated\n"));
    assertEquals(1, e.line());
    e = assertThrows(HclSyntaxException.class, () -> HclParser.parse("block {\n  a = 1\n"));
    assertTrue(e.getMessage().contains("'}'"), e.getMessage());
    assertThrows(HclSyntaxException.class, () -> HclParser.parse("a = 1 b = 2\n"));
    assertThrows(HclSyntaxException.class, () -> HclParser.parse("a = $\n"));
    assertThrows(HclSyntaxException.class, () -> HclParser.parse("a = <<EOT\nnever closed\n"));
  }

  @Test
  void deepNesting_isAnErrorNotAStackOverflow() {
    String deep = "a = " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    assertThrows(HclSyntaxException.class, () -> HclParser.parse(deep));
    String blocks = "a {\n".repeat(20_000) + "}\n".repeat(20_000);
    assertThrows(HclSyntaxException.class, () -> HclParser.parse(blocks));
    String templates = "a = " + "\"${".repeat(20_000) + "1" + "}\"".repeat(20_000) + "\n";
    assertThrows(HclSyntaxException.class, () -> HclParser.parse(templates));
  }
}
