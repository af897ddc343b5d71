package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Binary operators group as HCL's precedence levels say (||, &&, == !=, < > <= >=, + -, * / %, loosest first),
 * each level left to right: the parser's trees equal those of a rule per level, on chains of every length.
 */
class BinaryPrecedenceTest {
  private static final List<List<String>> LEVELS = List.of(List.of("||"), List.of("&&"), List.of("==", "!="),
      List.of("<", ">", "<=", ">="), List.of("+", "-"), List.of("*", "/", "%"));
  private static final Map<Token.Kind, String> OPS = Map.ofEntries(Map.entry(Token.Kind.OR, "||"),
      Map.entry(Token.Kind.AND, "&&"), Map.entry(Token.Kind.EQ, "=="), Map.entry(Token.Kind.NE, "!="),
      Map.entry(Token.Kind.LT, "<"), Map.entry(Token.Kind.GT, ">"), Map.entry(Token.Kind.LE, "<="),
      Map.entry(Token.Kind.GE, ">="), Map.entry(Token.Kind.PLUS, "+"), Map.entry(Token.Kind.MINUS, "-"),
      Map.entry(Token.Kind.STAR, "*"), Map.entry(Token.Kind.SLASH, "/"), Map.entry(Token.Kind.PERCENT, "%"));

  /** The tree, every binary operation in parentheses. */
  private static String shown(Expr e) {
    if (e instanceof Expr.Binary b) {
      return "(" + shown(b.left()) + " " + OPS.get(b.op()) + " " + shown(b.right()) + ")";
    }
    if (e instanceof Expr.Unary u) {
      return (u.op() == Token.Kind.BANG ? "!" : "-") + shown(u.operand());
    }
    if (e instanceof Expr.Traversal t) {
      return t.root();
    }
    if (e instanceof Expr.Literal l) {
      return l.value().toString();
    }
    throw new AssertionError(e.toString());
  }

  /** The grammar as a rule per level: what the chain {@code words} (operands and operators) groups into. */
  private static final class PerLevel {
    private final List<String> words;
    private int at;

    PerLevel(List<String> words) {
      this.words = words;
    }

    String level(int level) {
      if (level == LEVELS.size()) {
        return words.get(at++);
      }
      String left = level(level + 1);
      while (at < words.size() && LEVELS.get(level).contains(words.get(at))) {
        String op = words.get(at++);
        left = "(" + left + " " + op + " " + level(level + 1) + ")";
      }
      return left;
    }
  }

  @Test
  void chainsGroupAsARulePerLevelGroupsThem() {
    Random random = new Random(11);
    List<String> all = LEVELS.stream().flatMap(List::stream).toList();
    for (int n = 0; n < 5_000; n++) {
      List<String> words = new ArrayList<>();
      int operands = 1 + random.nextInt(7);
      for (int i = 0; i < operands; i++) {
        if (i > 0) {
          words.add(all.get(random.nextInt(all.size())));
        }
        words.add(random.nextInt(4) == 0 ? "!v" + i : "v" + i);
      }
      String text = String.join(" ", words);
      String expected = new PerLevel(words).level(0);
      assertEquals(expected, shown(HclParser.parseExpression(text)), text);
    }
  }

  @Test
  void examples() {
    assertEquals("((a - b) - c)", shown(HclParser.parseExpression("a - b - c")));
    assertEquals("(a || (b && (c == (d < (e + (f * g))))))", shown(HclParser.parseExpression("a || b && c == d < e + f * g")));
    assertEquals("((((((a * b) + c) < d) == e) && f) || g)", shown(HclParser.parseExpression("a * b + c < d == e && f || g")));
    assertEquals("((-a * b) % !c)", shown(HclParser.parseExpression("-a * b % !c")));
  }
}
