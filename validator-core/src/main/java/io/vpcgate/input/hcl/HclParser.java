package io.vpcgate.input.hcl;

import io.vpcgate.input.hcl.Token.Kind;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A recursive-descent parser for HCL native syntax (the hclsyntax specification): bodies,
 * attributes, blocks and the full expression language, with a line for every node. It has no
 * side effects and keeps no state between calls.
 */
public final class HclParser {
  /** Real Terraform nests a few dozen levels at most; this bound keeps the recursion far from the stack's end. */
  private static final int MAX_DEPTH = 128;

  // An array and a plain field, not a List and a Deque: the parser asks for the next token several times per token,
  // and each interface call goes through a dispatch stub in the code the JIT makes of it (6% of a check's time).
  private final Token[] tokens;
  private final int size;
  private int index;
  private boolean skipNewlines; // whether newlines are insignificant here (inside brackets), the top of:
  private final Deque<Boolean> outerNewlines = new ArrayDeque<>();
  private int depth;

  private HclParser(Tokens tokens, boolean newlines) {
    this.tokens = tokens.array();
    this.size = tokens.size();
    this.skipNewlines = !newlines;
  }

  private HclParser(List<Token> tokens, boolean newlines) {
    this.tokens = tokens.toArray(new Token[0]);
    this.size = this.tokens.length;
    this.skipNewlines = !newlines;
  }

  /** Newlines are significant (between attributes) or not (inside brackets) until {@link #restoreNewlines}. */
  private void newlines(boolean significant) {
    outerNewlines.push(skipNewlines);
    skipNewlines = !significant;
  }

  private void restoreNewlines() {
    skipNewlines = outerNewlines.pop();
  }

  /** Parses a whole file. */
  public static Body parse(String source) {
    return parse(source, null);
  }

  /**
   * Parses a whole file, and adds to {@code moduleSources} (when not null) the literal sources of its top-level
   * module blocks, found in the same tokens exactly as {@link ModuleSources#of(String)} finds them: a root
   * module's calls without lexing it twice. Nothing is added when it does not parse.
   */
  public static Body parse(String source, List<String> moduleSources) {
    try {
      Tokens tokens = HclLexer.lex(source);
      HclParser p = new HclParser(tokens, true);
      Body body = p.body(Kind.EOF);
      p.expect(Kind.EOF, "end of file");
      if (moduleSources != null && source.contains("module")) { // a file without the word has no module block
        moduleSources.addAll(ModuleSources.of(tokens));
      }
      return body;
    } catch (StackOverflowError e) {
      throw new HclSyntaxException("blocks or expressions nested too deeply", 1, 1);
    }
  }

  /** Parses one expression, e.g. a {@code --var} value or a test input. */
  public static Expr parseExpression(String source) {
    try {
      HclParser p = new HclParser(HclLexer.lex(source), false);
      Expr e = p.expression();
      p.expect(Kind.EOF, "end of expression");
      return e;
    } catch (StackOverflowError e) {
      throw new HclSyntaxException("expression nested too deeply", 1, 1);
    }
  }

  /** Parses a whole text as a template (templatefile): literal text with ${...} and %{...}. */
  public static Expr parseTemplate(String text) {
    String marker = "VPCGATE_TEMPLATE_END";
    while (text.contains(marker)) {
      marker = marker + "_";
    }
    boolean newline = text.endsWith("\n");
    String source = "<<" + marker + "\n" + text + (newline ? "" : "\n") + marker + "\n";
    try {
      HclParser p = new HclParser(HclLexer.lex(source), false);
      Expr e = p.expression();
      return newline ? e : new Expr.Call("trimsuffix", List.of(e, new Expr.Literal(Value.str("\n"), 1)), false, 1);
    } catch (StackOverflowError e) {
      throw new HclSyntaxException("template nested too deeply", 1, 1);
    }
  }

  // ---- bodies ------------------------------------------------------------------------------

  private Body body(Kind end) {
    List<Body.Attribute> attributes = new ArrayList<>();
    List<Body.Block> blocks = new ArrayList<>();
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    while (true) {
      skipNewlines();
      Token t = peek();
      if (t.is(end) || t.is(Kind.EOF)) {
        return new Body(attributes, blocks);
      }
      Token name = expect(Kind.IDENT, "an attribute name or block type");
      Token next = peek();
      if (next.is(Kind.EQUAL) || next.is(Kind.COLON)) {
        advance();
        Expr value = expression();
        Integer earlier = seen.putIfAbsent(name.text(), name.line());
        if (earlier != null) {
          // As HashiCorp's parser: "Attribute redefined" (each argument may be set only once).
          throw new HclSyntaxException("attribute redefined: " + name.text() + " was already set at line "
              + earlier + "; each argument may be set only once", name.line(), name.column());
        }
        attributes.add(new Body.Attribute(name.text(), value, name.line()));
        Token after = peek();
        if (!after.is(Kind.NEWLINE) && !after.is(Kind.EOF) && !after.is(end)) {
          throw unexpected(after, "a newline after the value of " + name.text());
        }
      } else {
        List<String> labels = new ArrayList<>();
        while (!peek().is(Kind.LBRACE)) {
          Token label = advance();
          if (label.is(Kind.IDENT)) {
            labels.add(label.text());
          } else if (label.is(Kind.TEMPLATE) && isPlainText(label)) {
            labels.add(plainText(label));
          } else {
            throw unexpected(label, "a block label or '{' after " + name.text());
          }
        }
        advance();
        Body inner = body(Kind.RBRACE);
        Token close = expect(Kind.RBRACE, "'}' closing the " + name.text() + " block");
        blocks.add(new Body.Block(name.text(), labels, inner, name.line(), close.line()));
      }
    }
  }

  // ---- expressions -------------------------------------------------------------------------

  private Expr expression() {
    if (++depth > MAX_DEPTH) {
      Token t = peek();
      throw new HclSyntaxException("expression nested too deeply", t.line(), t.column());
    }
    try {
      Expr cond = binary(0);
      if (peek().is(Kind.QUESTION)) {
        advance();
        Expr then = expression();
        expect(Kind.COLON, "':' in a conditional expression");
        Expr otherwise = expression();
        return new Expr.Conditional(cond, then, otherwise, cond.line());
      }
      return cond;
    } finally {
      depth--;
    }
  }

  private static final List<Set<Kind>> LEVELS = List.of(
      Set.of(Kind.OR),
      Set.of(Kind.AND),
      Set.of(Kind.EQ, Kind.NE),
      Set.of(Kind.LT, Kind.GT, Kind.LE, Kind.GE),
      Set.of(Kind.PLUS, Kind.MINUS),
      Set.of(Kind.STAR, Kind.SLASH, Kind.PERCENT));
  /** The level of {@link #LEVELS} of each token kind, by its ordinal; -1 for a kind that is no binary operator. */
  private static final int[] LEVEL_OF = levelOf();

  private static int[] levelOf() {
    int[] level = new int[Kind.values().length];
    java.util.Arrays.fill(level, -1);
    for (int i = 0; i < LEVELS.size(); i++) {
      for (Kind k : LEVELS.get(i)) {
        level[k.ordinal()] = i;
      }
    }
    return level;
  }

  /**
   * The binary operators of levels {@code minLevel} and tighter, left-associative, by precedence climbing: one call
   * per operand, not one per level (the same trees as a rule per level, {@code binary(level)} calling {@code
   * binary(level + 1)}; every operand of every expression went down all six).
   */
  private Expr binary(int minLevel) {
    Expr left = unary();
    while (true) {
      int level = LEVEL_OF[peek().kind().ordinal()]; // -1: no binary operator
      if (level < minLevel) {
        return left;
      }
      Token op = advance();
      Expr right = binary(level + 1);
      left = new Expr.Binary(op.kind(), left, right, left.line());
    }
  }

  private Expr unary() {
    Token t = peek();
    if (t.is(Kind.BANG) || t.is(Kind.MINUS)) {
      advance();
      if (++depth > MAX_DEPTH) {
        throw new HclSyntaxException("expression nested too deeply", t.line(), t.column());
      }
      try {
        return new Expr.Unary(t.kind(), unary(), t.line());
      } finally {
        depth--;
      }
    }
    return postfix(primary());
  }

  private Expr postfix(Expr base) {
    List<Expr.Step> steps = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.is(Kind.DOT)) {
        Token after = peekAt(1);
        if (after.is(Kind.STAR)) {
          advance();
          advance();
          return splat(withSteps(base, steps), false);
        }
        advance();
        Token name = advance();
        if (name.is(Kind.IDENT)) {
          steps.add(new Expr.Step.Attr(name.text()));
        } else if (name.is(Kind.NUMBER)) { // legacy index syntax: a.0 (and a.0.1 lexed as "0.1")
          for (String part : name.text().split("\\.")) {
            steps.add(new Expr.Step.Index(new Expr.Literal(new Value.Num(new BigDecimal(part)), name.line())));
          }
        } else {
          throw unexpected(name, "an attribute name after '.'");
        }
      } else if (t.is(Kind.LBRACK)) {
        if (peekAt(1).is(Kind.STAR) && peekAt(2).is(Kind.RBRACK)) {
          advance();
          advance();
          advance();
          return splat(withSteps(base, steps), true);
        }
        advance();
        newlines(false);
        Expr key = expression();
        expect(Kind.RBRACK, "']' closing an index");
        restoreNewlines();
        steps.add(new Expr.Step.Index(key));
      } else {
        return withSteps(base, steps);
      }
    }
  }

  private Expr splat(Expr source, boolean full) {
    List<Expr.Step> each = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.is(Kind.DOT) && peekAt(1).is(Kind.IDENT)) {
        advance();
        each.add(new Expr.Step.Attr(advance().text()));
      } else if (full && t.is(Kind.LBRACK) && !peekAt(1).is(Kind.STAR)) {
        advance();
        newlines(false);
        Expr key = expression();
        expect(Kind.RBRACK, "']' closing an index");
        restoreNewlines();
        each.add(new Expr.Step.Index(key));
      } else {
        return postfix(new Expr.Splat(source, each, source.line()));
      }
    }
  }

  private static Expr withSteps(Expr base, List<Expr.Step> steps) {
    if (steps.isEmpty()) {
      return base;
    }
    if (base instanceof Expr.Traversal tr) {
      List<Expr.Step> all = new ArrayList<>(tr.steps());
      all.addAll(steps);
      return new Expr.Traversal(tr.root(), all, tr.line());
    }
    return new Expr.Relative(base, steps, base.line());
  }

  private Expr primary() {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return new Expr.Literal(new Value.Num(new BigDecimal(t.text())), t.line());
      case TEMPLATE:
        return template(t.parts(), t.line(), true);
      case HEREDOC:
        return template(t.parts(), t.line(), false);
      case LPAREN: {
        newlines(false);
        Expr inner = expression();
        expect(Kind.RPAREN, "')'");
        restoreNewlines();
        return new Expr.Parens(inner, t.line());
      }
      case LBRACK:
        return tuple(t);
      case LBRACE:
        return object(t);
      case IDENT:
        return identifier(t);
      default:
        throw unexpected(t, "an expression");
    }
  }

  private Expr identifier(Token t) {
    switch (t.text()) {
      case "true":
        return new Expr.Literal(new Value.Bool(true), t.line());
      case "false":
        return new Expr.Literal(new Value.Bool(false), t.line());
      case "null":
        return new Expr.Literal(Value.NULL, t.line());
      default:
        break;
    }
    String name = t.text();
    // provider-defined functions: provider::NAME::FUNCTION(...)
    while (peek().is(Kind.COLON) && peekAt(1).is(Kind.COLON) && peekAt(2).is(Kind.IDENT)) {
      advance();
      advance();
      name = name + "::" + advance().text();
    }
    if (peek().is(Kind.LPAREN)) {
      advance();
      newlines(false);
      List<Expr> args = new ArrayList<>();
      boolean expand = false;
      while (!peek().is(Kind.RPAREN)) {
        args.add(expression());
        if (peek().is(Kind.ELLIPSIS)) {
          advance();
          expand = true;
        }
        if (!peek().is(Kind.COMMA)) {
          break;
        }
        advance();
      }
      expect(Kind.RPAREN, "')' closing the arguments of " + name);
      restoreNewlines();
      return new Expr.Call(name, args, expand, t.line());
    }
    return new Expr.Traversal(name, List.of(), t.line());
  }

  private Expr tuple(Token open) {
    newlines(false);
    try {
      if (peek().isKeyword("for")) {
        Expr e = forExpr(open.line(), false);
        expect(Kind.RBRACK, "']' closing a for expression");
        return e;
      }
      List<Expr> items = new ArrayList<>();
      while (!peek().is(Kind.RBRACK)) {
        items.add(expression());
        if (!peek().is(Kind.COMMA)) {
          break;
        }
        advance();
      }
      expect(Kind.RBRACK, "']' closing a list");
      return new Expr.Tuple(items, open.line());
    } finally {
      restoreNewlines();
    }
  }

  private Expr object(Token open) {
    newlines(false);
    boolean isFor = peek().isKeyword("for");
    restoreNewlines();
    if (isFor) {
      newlines(false);
      try {
        Expr e = forExpr(open.line(), true);
        expect(Kind.RBRACE, "'}' closing a for expression");
        return e;
      } finally {
        restoreNewlines();
      }
    }
    newlines(true);
    try {
      List<Expr.ObjectCons.Item> items = new ArrayList<>();
      while (true) {
        skipNewlines();
        if (peek().is(Kind.RBRACE)) {
          break;
        }
        Expr key;
        Token k = peek();
        if (k.is(Kind.IDENT) && (peekAt(1).is(Kind.EQUAL) || peekAt(1).is(Kind.COLON))) {
          advance();
          key = new Expr.Literal(Value.str(k.text()), k.line());
        } else {
          key = expression();
        }
        Token sep = advance();
        if (!sep.is(Kind.EQUAL) && !sep.is(Kind.COLON)) {
          throw unexpected(sep, "'=' after an object key");
        }
        Expr value = expression();
        items.add(new Expr.ObjectCons.Item(key, value));
        Token after = peek();
        if (after.is(Kind.COMMA)) {
          advance();
        } else if (!after.is(Kind.NEWLINE) && !after.is(Kind.RBRACE)) {
          throw unexpected(after, "',' or a newline between object items");
        }
      }
      expect(Kind.RBRACE, "'}' closing an object");
      return new Expr.ObjectCons(items, open.line());
    } finally {
      restoreNewlines();
    }
  }

  private Expr forExpr(int line, boolean object) {
    advance(); // for
    String first = expect(Kind.IDENT, "a variable name after 'for'").text();
    String keyVar = null;
    String valueVar = first;
    if (peek().is(Kind.COMMA)) {
      advance();
      keyVar = first;
      valueVar = expect(Kind.IDENT, "a second variable name").text();
    }
    Token in = advance();
    if (!in.isKeyword("in")) {
      throw unexpected(in, "'in' in a for expression");
    }
    Expr collection = expression();
    expect(Kind.COLON, "':' in a for expression");
    Expr keyExpr = null;
    Expr valueExpr;
    boolean grouping = false;
    if (object) {
      keyExpr = expression();
      expect(Kind.FAT_ARROW, "'=>' in an object for expression");
      valueExpr = expression();
      if (peek().is(Kind.ELLIPSIS)) {
        advance();
        grouping = true;
      }
    } else {
      valueExpr = expression();
    }
    Expr cond = null;
    if (peek().isKeyword("if")) {
      advance();
      cond = expression();
    }
    return new Expr.For(keyVar, valueVar, collection, keyExpr, valueExpr, cond, grouping, line);
  }

  // ---- templates ---------------------------------------------------------------------------

  private Expr template(List<TemplatePart> rawParts, int line, boolean quoted) {
    List<TemplatePart> parts = applyStripMarkers(rawParts);
    if (quoted && parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation i) {
      return new Expr.TemplateWrap(subExpression(i.tokens()), line);
    }
    int[] at = {0};
    Expr result = templateSequence(parts, at, line, Set.of());
    if (at[0] < parts.size()) {
      TemplatePart.Directive d = (TemplatePart.Directive) parts.get(at[0]);
      throw new HclSyntaxException("unexpected %{" + d.keyword() + "} in template", d.line(), 1);
    }
    return result;
  }

  private Expr templateSequence(List<TemplatePart> parts, int[] at, int line, Set<String> stops) {
    List<Expr> out = new ArrayList<>();
    while (at[0] < parts.size()) {
      TemplatePart p = parts.get(at[0]);
      if (p instanceof TemplatePart.Text tx) {
        out.add(new Expr.Literal(Value.str(tx.text()), line));
        at[0]++;
      } else if (p instanceof TemplatePart.Interpolation i) {
        out.add(subExpression(i.tokens()));
        at[0]++;
      } else {
        TemplatePart.Directive d = (TemplatePart.Directive) p;
        String kw = d.keyword();
        if (stops.contains(kw)) {
          break;
        }
        at[0]++;
        if (kw.equals("if")) {
          Expr cond = subExpression(d.tokens().subList(1, d.tokens().size()));
          Expr then = templateSequence(parts, at, d.line(), Set.of("else", "endif"));
          Expr otherwise = new Expr.Literal(Value.str(""), d.line());
          if (directiveAt(parts, at[0], "else")) {
            at[0]++;
            otherwise = templateSequence(parts, at, d.line(), Set.of("endif"));
          }
          if (!directiveAt(parts, at[0], "endif")) {
            throw new HclSyntaxException("%{if} without %{endif}", d.line(), 1);
          }
          at[0]++;
          out.add(new Expr.TemplateIf(cond, then, otherwise, d.line()));
        } else if (kw.equals("for")) {
          List<Token> ts = d.tokens();
          HclParser sub = new HclParser(ts, false);
          sub.advance(); // for
          String first = sub.expect(Kind.IDENT, "a variable name").text();
          String keyVar = null;
          String valueVar = first;
          if (sub.peek().is(Kind.COMMA)) {
            sub.advance();
            keyVar = first;
            valueVar = sub.expect(Kind.IDENT, "a variable name").text();
          }
          if (!sub.advance().isKeyword("in")) {
            throw new HclSyntaxException("expected 'in' in %{for}", d.line(), 1);
          }
          Expr coll = sub.expression();
          sub.expect(Kind.EOF, "'}' closing %{for}");
          Expr body = templateSequence(parts, at, d.line(), Set.of("endfor"));
          if (!directiveAt(parts, at[0], "endfor")) {
            throw new HclSyntaxException("%{for} without %{endfor}", d.line(), 1);
          }
          at[0]++;
          out.add(new Expr.TemplateFor(keyVar, valueVar, coll, body, d.line()));
        } else {
          throw new HclSyntaxException("unexpected %{" + kw + "} in template", d.line(), 1);
        }
      }
    }
    return new Expr.Template(out, line);
  }

  private static boolean directiveAt(List<TemplatePart> parts, int i, String kw) {
    return i < parts.size() && parts.get(i) instanceof TemplatePart.Directive d && d.keyword().equals(kw);
  }

  private static List<TemplatePart> applyStripMarkers(List<TemplatePart> parts) {
    List<TemplatePart> out = new ArrayList<>(parts);
    for (int i = 0; i < out.size(); i++) {
      boolean before = false;
      boolean after = false;
      if (out.get(i) instanceof TemplatePart.Interpolation x) {
        before = x.stripBefore();
        after = x.stripAfter();
      } else if (out.get(i) instanceof TemplatePart.Directive x) {
        before = x.stripBefore();
        after = x.stripAfter();
      }
      if (before && i > 0 && out.get(i - 1) instanceof TemplatePart.Text t) {
        out.set(i - 1, new TemplatePart.Text(t.text().stripTrailing()));
      }
      if (after && i + 1 < out.size() && out.get(i + 1) instanceof TemplatePart.Text t) {
        out.set(i + 1, new TemplatePart.Text(t.text().stripLeading()));
      }
    }
    return out;
  }

  private Expr subExpression(List<Token> ts) {
    HclParser sub = new HclParser(ts, false);
    sub.depth = depth;
    Expr e = sub.expression();
    sub.expect(Kind.EOF, "'}' closing the interpolation");
    return e;
  }

  // ---- token access ------------------------------------------------------------------------

  private void skipNewlines() {
    while (index < size && tokens[index].is(Kind.NEWLINE)) {
      index++;
    }
  }

  private Token peek() {
    return peekAt(0);
  }

  private Token peekAt(int ahead) {
    boolean skip = skipNewlines;
    int i = index;
    int seen = 0;
    while (i < size) {
      Token t = tokens[i];
      if (skip && t.is(Kind.NEWLINE)) {
        i++;
        continue;
      }
      if (seen == ahead) {
        return t;
      }
      seen++;
      i++;
    }
    return tokens[size - 1];
  }

  private Token advance() {
    boolean skip = skipNewlines;
    while (skip && index < size && tokens[index].is(Kind.NEWLINE)) {
      index++;
    }
    if (index >= size) {
      return tokens[size - 1];
    }
    return tokens[index++];
  }

  private Token expect(Kind kind, String what) {
    Token t = advance();
    if (!t.is(kind)) {
      throw unexpected(t, what);
    }
    return t;
  }

  private static HclSyntaxException unexpected(Token t, String expected) {
    return new HclSyntaxException("expected " + expected + " but found " + t, t.line(), t.column());
  }

  private static boolean isPlainText(Token t) {
    for (TemplatePart p : t.parts()) { // loops, not a stream and a capturing lambda: once per quoted string
      if (!(p instanceof TemplatePart.Text)) {
        return false;
      }
    }
    return true;
  }

  private static String plainText(Token t) {
    List<TemplatePart> parts = t.parts();
    if (parts.size() == 1) {
      return ((TemplatePart.Text) parts.get(0)).text();
    }
    StringBuilder sb = new StringBuilder();
    for (TemplatePart p : parts) {
      sb.append(((TemplatePart.Text) p).text());
    }
    return sb.toString();
  }
}
