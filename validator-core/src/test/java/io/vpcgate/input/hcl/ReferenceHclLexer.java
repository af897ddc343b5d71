package io.vpcgate.input.hcl;

import io.vpcgate.input.hcl.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The lexer as it was before the run-scanning rewrite (char by char, a line/column update per char), kept
 * only as the oracle that {@link LexerDifferentialTest} compares {@link HclLexer} with: same tokens, same
 * positions, same errors. Not production code; delete it once the rewrite has lived a while.
 *
 * <p>Original description:
 * Splits HCL native syntax into tokens. Quoted strings and heredocs become one TEMPLATE/HEREDOC
 * token whose parts hold the literal text and the tokens of each interpolation, lexed
 * recursively, so the parser never re-scans characters.
 */
final class ReferenceHclLexer {
  private final String src;
  private int pos;
  private int line = 1;
  private int col = 1;

  private ReferenceHclLexer(String src) {
    this.src = src.startsWith("\uFEFF") ? src.substring(1) : src;
  }

  static List<Token> tokenize(String src) {
    ReferenceHclLexer lexer = new ReferenceHclLexer(src);
    List<Token> tokens = new ArrayList<>();
    lexer.lexUntil(tokens, false);
    return tokens;
  }

  /**
   * Lexes tokens into {@code out}. In interpolation mode, stops after the '}' that closes the
   * interpolation and returns whether it carried a '~' strip marker.
   */
  private boolean lexUntil(List<Token> out, boolean interpolation) {
    int depth = 0;
    while (true) {
      skipSpaceAndComments(out, interpolation);
      if (pos >= src.length()) {
        if (interpolation) {
          throw error("unterminated template interpolation: missing '}'");
        }
        out.add(Token.of(Kind.EOF, "", line, col));
        return false;
      }
      char c = src.charAt(pos);
      int l = line;
      int k = col;
      if (interpolation && depth == 0) {
        if (c == '}') {
          advance(1);
          return false;
        }
        if (c == '~' && peekChar(1) == '}') {
          advance(2);
          return true;
        }
      }
      if (c == '\n') {
        advance(1);
        out.add(Token.of(Kind.NEWLINE, "\n", l, k));
      } else if (c == '"') {
        out.add(new Token(Kind.TEMPLATE, "\"", l, k, quoted()));
      } else if (c == '<' && peekChar(1) == '<' && heredocStarts()) {
        out.add(heredoc());
      } else if (isIdentStart(c)) {
        int start = pos;
        while (pos < src.length() && isIdentPart(src.charAt(pos))) {
          advance(1);
        }
        out.add(Token.of(Kind.IDENT, src.substring(start, pos), l, k));
      } else if (Character.isDigit(c)) {
        out.add(Token.of(Kind.NUMBER, number(), l, k));
      } else {
        Token t = operator(l, k);
        if (t.is(Kind.LBRACE)) {
          depth++;
        } else if (t.is(Kind.RBRACE)) {
          depth--;
        }
        out.add(t);
      }
    }
  }

  private void skipSpaceAndComments(List<Token> out, boolean interpolation) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r') {
        advance(1);
      } else if (c == '#' || (c == '/' && peekChar(1) == '/')) {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          advance(1);
        }
      } else if (c == '/' && peekChar(1) == '*') {
        int l = line;
        int k = col;
        int end = src.indexOf("*/", pos + 2);
        if (end < 0) {
          throw new HclSyntaxException("unterminated /* comment", l, k);
        }
        boolean hadNewline = src.substring(pos, end).indexOf('\n') >= 0;
        advance(end + 2 - pos);
        if (hadNewline && !interpolation) {
          out.add(Token.of(Kind.NEWLINE, "\n", l, k));
        }
      } else {
        return;
      }
    }
  }

  private String number() {
    int start = pos;
    while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
      advance(1);
    }
    if (pos + 1 < src.length() && src.charAt(pos) == '.' && Character.isDigit(src.charAt(pos + 1))) {
      advance(1);
      while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        advance(1);
      }
    }
    if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int save = pos;
      int saveCol = col;
      advance(1);
      if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
        advance(1);
      }
      if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
          advance(1);
        }
      } else {
        pos = save;
        col = saveCol;
      }
    }
    return src.substring(start, pos);
  }

  private Token operator(int l, int k) {
    String two = pos + 1 < src.length() ? src.substring(pos, pos + 2) : "";
    Kind kind2 = switch (two) {
      case "==" -> Kind.EQ;
      case "!=" -> Kind.NE;
      case "<=" -> Kind.LE;
      case ">=" -> Kind.GE;
      case "&&" -> Kind.AND;
      case "||" -> Kind.OR;
      case "=>" -> Kind.FAT_ARROW;
      default -> null;
    };
    if (src.startsWith("...", pos)) {
      advance(3);
      return Token.of(Kind.ELLIPSIS, "...", l, k);
    }
    if (kind2 != null) {
      advance(2);
      return Token.of(kind2, two, l, k);
    }
    char c = src.charAt(pos);
    Kind kind = switch (c) {
      case '{' -> Kind.LBRACE;
      case '}' -> Kind.RBRACE;
      case '[' -> Kind.LBRACK;
      case ']' -> Kind.RBRACK;
      case '(' -> Kind.LPAREN;
      case ')' -> Kind.RPAREN;
      case '=' -> Kind.EQUAL;
      case ',' -> Kind.COMMA;
      case '.' -> Kind.DOT;
      case '?' -> Kind.QUESTION;
      case ':' -> Kind.COLON;
      case '+' -> Kind.PLUS;
      case '-' -> Kind.MINUS;
      case '*' -> Kind.STAR;
      case '/' -> Kind.SLASH;
      case '%' -> Kind.PERCENT;
      case '!' -> Kind.BANG;
      case '<' -> Kind.LT;
      case '>' -> Kind.GT;
      default -> null;
    };
    if (kind == null) {
      throw error("unexpected character '" + printable(c) + "'");
    }
    advance(1);
    return Token.of(kind, String.valueOf(c), l, k);
  }

  // ---- templates ---------------------------------------------------------------------------

  private List<TemplatePart> quoted() {
    int startLine = line;
    int startCol = col;
    advance(1); // opening quote
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    while (true) {
      if (pos >= src.length() || src.charAt(pos) == '\n') {
        throw new HclSyntaxException("unterminated string", startLine, startCol);
      }
      char c = src.charAt(pos);
      if (c == '"') {
        advance(1);
        break;
      }
      if (c == '\\') {
        text.append(escape());
      } else if (!templateMarker(parts, text)) {
        text.append(c);
        advance(1);
      }
    }
    flush(parts, text);
    return parts;
  }

  /** Handles "${", "%{", "$${" and "%%{" at pos; returns false if none starts here. */
  private boolean templateMarker(List<TemplatePart> parts, StringBuilder text) {
    char c = src.charAt(pos);
    if ((c == '$' || c == '%') && peekChar(1) == c && peekChar(2) == '{') {
      text.append(c).append('{');
      advance(3);
      return true;
    }
    if ((c == '$' || c == '%') && peekChar(1) == '{') {
      int l = line;
      advance(2);
      boolean stripBefore = false;
      if (pos < src.length() && src.charAt(pos) == '~') {
        stripBefore = true;
        advance(1);
      }
      flush(parts, text);
      List<Token> tokens = new ArrayList<>();
      boolean stripAfter = lexUntil(tokens, true);
      tokens.add(Token.of(Kind.EOF, "", line, col));
      parts.add(c == '$'
          ? new TemplatePart.Interpolation(tokens, stripBefore, stripAfter, l)
          : new TemplatePart.Directive(tokens, stripBefore, stripAfter, l));
      return true;
    }
    return false;
  }

  private String escape() {
    char n = peekChar(1);
    advance(2);
    switch (n) {
      case 'n': return "\n";
      case 't': return "\t";
      case 'r': return "\r";
      case '"': return "\"";
      case '\\': return "\\";
      case 'u':
      case 'U': {
        int len = n == 'u' ? 4 : 8;
        if (pos + len > src.length()) {
          throw error("invalid unicode escape");
        }
        String hex = src.substring(pos, pos + len);
        try {
          int cp = Integer.parseInt(hex, 16);
          advance(len);
          return new String(Character.toChars(cp));
        } catch (IllegalArgumentException e) {
          throw error("invalid unicode escape \\" + n + hex);
        }
      }
      default:
        throw error("invalid escape sequence \\" + printable(n));
    }
  }

  private boolean heredocStarts() {
    int p = pos + 2;
    if (p < src.length() && src.charAt(p) == '-') {
      p++;
    }
    return p < src.length() && isIdentStart(src.charAt(p));
  }

  private Token heredoc() {
    int l = line;
    int k = col;
    advance(2);
    boolean indented = false;
    if (src.charAt(pos) == '-') {
      indented = true;
      advance(1);
    }
    int start = pos;
    while (pos < src.length() && isIdentPart(src.charAt(pos))) {
      advance(1);
    }
    String marker = src.substring(start, pos);
    while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\r')) {
      advance(1);
    }
    if (pos >= src.length() || src.charAt(pos) != '\n') {
      throw new HclSyntaxException("heredoc marker <<" + marker + " must be followed by a newline", l, k);
    }
    advance(1);
    // Find the closing marker line.
    int bodyStart = pos;
    int scan = pos;
    int bodyEnd = -1;
    int afterEnd = -1;
    while (scan <= src.length()) {
      int eol = src.indexOf('\n', scan);
      int lineEnd = eol < 0 ? src.length() : eol;
      if (src.substring(scan, lineEnd).strip().equals(marker)) {
        bodyEnd = scan;
        afterEnd = lineEnd;
        break;
      }
      if (eol < 0) {
        break;
      }
      scan = eol + 1;
    }
    if (bodyEnd < 0) {
      throw new HclSyntaxException("unterminated heredoc <<" + marker, l, k);
    }
    int strip = indented ? minIndent(src.substring(bodyStart, bodyEnd)) : 0;
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean atLineStart = true;
    while (pos < bodyEnd) {
      if (atLineStart && strip > 0) {
        int n = 0;
        while (n < strip && pos < bodyEnd && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
          advance(1);
          n++;
        }
        atLineStart = false;
        continue;
      }
      char c = src.charAt(pos);
      if (!templateMarker(parts, text)) {
        text.append(c);
        advance(1);
        atLineStart = c == '\n';
      } else {
        atLineStart = false;
      }
    }
    flush(parts, text);
    advance(afterEnd - pos); // the marker line, its newline stays as a token
    return new Token(Kind.HEREDOC, marker, l, k, parts);
  }

  private static int minIndent(String body) {
    int min = Integer.MAX_VALUE;
    for (String ln : body.split("\n", -1)) {
      if (ln.isBlank()) {
        continue;
      }
      int n = 0;
      while (n < ln.length() && (ln.charAt(n) == ' ' || ln.charAt(n) == '\t')) {
        n++;
      }
      min = Math.min(min, n);
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  private static void flush(List<TemplatePart> parts, StringBuilder text) {
    if (text.length() > 0) {
      parts.add(new TemplatePart.Text(text.toString()));
      text.setLength(0);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private char peekChar(int ahead) {
    int p = pos + ahead;
    return p < src.length() ? src.charAt(p) : '\0';
  }

  private void advance(int n) {
    for (int i = 0; i < n && pos < src.length(); i++) {
      if (src.charAt(pos) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
      pos++;
    }
  }

  private HclSyntaxException error(String message) {
    return new HclSyntaxException(message, line, col);
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private static String printable(char c) {
    return c < 32 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
