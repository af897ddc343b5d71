package io.vpcgate.input.hcl;

import io.vpcgate.input.hcl.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits HCL native syntax into tokens. Quoted strings and heredocs become one TEMPLATE/HEREDOC
 * token whose parts hold the literal text and the tokens of each interpolation, lexed
 * recursively, so the parser never re-scans characters.
 *
 * <p>The lexer is about half of a check's time on a large repository, so it is written for speed: it works on a
 * {@code char[]} (under the launcher's C1-only JIT, {@code String.charAt} is a call with its own checks), moves
 * over runs of plain characters (identifiers, blanks, comment bodies, literal text of templates) in tight loops,
 * and keeps no line or column as it goes: a {@link LineMap} turns a token's start offset into both. Positions are
 * the same as counting per char: columns are UTF-16 chars since the line's start, plus one.
 */
final class HclLexer {
  private final String text;
  private final char[] s;
  private final int n;
  private final LineMap lines;
  private int pos;

  private HclLexer(String src) {
    this.text = src.startsWith("\uFEFF") ? src.substring(1) : src;
    this.s = text.toCharArray();
    this.n = s.length;
    this.lines = LineMap.of(s, n);
  }

  static List<Token> tokenize(String src) {
    return lex(src).asList();
  }

  /** The tokens of {@code src}, as the parser reads them. */
  static Tokens lex(String src) {
    HclLexer lexer = new HclLexer(src);
    Tokens tokens = new Tokens(Math.max(16, src.length() / 6));
    lexer.lexUntil(tokens, false);
    return tokens;
  }

  /**
   * Lexes tokens into {@code out}. In interpolation mode, stops after the '}' that closes the
   * interpolation and returns whether it carried a '~' strip marker.
   */
  private boolean lexUntil(Tokens out, boolean interpolation) {
    int depth = 0;
    while (true) {
      skipSpaceAndComments(out, interpolation);
      if (pos >= n) {
        if (interpolation) {
          throw error("unterminated template interpolation: missing '}'");
        }
        out.add(token(Kind.EOF, "", pos));
        return false;
      }
      char c = s[pos];
      int start = pos;
      if (interpolation && depth == 0) {
        if (c == '}') {
          pos++;
          return false;
        }
        if (c == '~' && peek(1) == '}') {
          pos += 2;
          return true;
        }
      }
      if (c == '\n') {
        pos++;
        out.add(token(Kind.NEWLINE, "\n", start));
      } else if (c == '"') {
        int line = lines.line(start);
        int column = lines.column(start);
        out.add(new Token(Kind.TEMPLATE, "\"", line, column, quoted()));
      } else if (c == '<' && peek(1) == '<' && heredocStarts()) {
        out.add(heredoc());
      } else if (HclChars.isIdentStart(c)) {
        pos = identEnd(pos + 1);
        out.add(token(Kind.IDENT, text.substring(start, pos), start));
      } else if (HclChars.isDigit(c)) {
        out.add(token(Kind.NUMBER, number(), start));
      } else {
        Token t = operator(start);
        if (t.is(Kind.LBRACE)) {
          depth++;
        } else if (t.is(Kind.RBRACE)) {
          depth--;
        }
        out.add(t);
      }
    }
  }

  private void skipSpaceAndComments(Tokens out, boolean interpolation) {
    while (pos < n) {
      char c = s[pos];
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        pos = indexOf('\n', pos, n);
      } else if (c == '/' && peek(1) == '*') {
        int start = pos;
        int end = blockCommentEnd(pos + 2);
        if (end < 0) {
          throw new HclSyntaxException("unterminated /* comment", lines.line(start), lines.column(start));
        }
        boolean hadNewline = indexOf('\n', pos, end) < end;
        pos = end + 2;
        if (hadNewline && !interpolation) {
          out.add(token(Kind.NEWLINE, "\n", start));
        }
      } else {
        return;
      }
    }
  }

  /** The offset of the "*&#47;" closing a block comment, searching from {@code from}; -1 if there is none. */
  private int blockCommentEnd(int from) {
    for (int i = from; i + 1 < n; i++) {
      if (s[i] == '*' && s[i + 1] == '/') {
        return i;
      }
    }
    return -1;
  }

  private String number() {
    int start = pos;
    pos = digitsEnd(pos);
    if (pos + 1 < n && s[pos] == '.' && HclChars.isDigit(s[pos + 1])) {
      pos = digitsEnd(pos + 1);
    }
    if (pos < n && (s[pos] == 'e' || s[pos] == 'E')) {
      int p = pos + 1;
      if (p < n && (s[p] == '+' || s[p] == '-')) {
        p++;
      }
      if (p < n && HclChars.isDigit(s[p])) {
        pos = digitsEnd(p);
      }
    }
    return text.substring(start, pos);
  }

  private Token operator(int start) {
    char c = s[pos];
    char d = peek(1);
    if (c == '.' && d == '.' && peek(2) == '.') {
      pos += 3;
      return token(Kind.ELLIPSIS, "...", start);
    }
    Kind kind2 = switch (c) {
      case '=' -> d == '=' ? Kind.EQ : d == '>' ? Kind.FAT_ARROW : null;
      case '!' -> d == '=' ? Kind.NE : null;
      case '<' -> d == '=' ? Kind.LE : null;
      case '>' -> d == '=' ? Kind.GE : null;
      case '&' -> d == '&' ? Kind.AND : null;
      case '|' -> d == '|' ? Kind.OR : null;
      default -> null;
    };
    if (kind2 != null) {
      pos += 2;
      return token(kind2, twoCharText(kind2), start);
    }
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
    pos++;
    return token(kind, HclChars.text(c), start);
  }

  private static String twoCharText(Kind kind) {
    return switch (kind) {
      case EQ -> "==";
      case FAT_ARROW -> "=>";
      case NE -> "!=";
      case LE -> "<=";
      case GE -> ">=";
      case AND -> "&&";
      case OR -> "||";
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  // ---- templates ---------------------------------------------------------------------------

  private List<TemplatePart> quoted() {
    int start = pos;
    pos++; // opening quote
    int run = pos;
    pos = literalEnd(pos);
    if (pos < n && s[pos] == '"') {
      // The common case: no escape, no interpolation.
      int length = pos - run;
      pos++;
      return length == 0 ? List.of() : List.of(new TemplatePart.Text(text.substring(run, run + length)));
    }
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder(pos - run + 16).append(s, run, pos - run);
    while (true) {
      if (pos >= n || s[pos] == '\n') {
        throw new HclSyntaxException("unterminated string", lines.line(start), lines.column(start));
      }
      char c = s[pos];
      if (c == '"') {
        pos++;
        break;
      }
      if (c == '\\') {
        text.append(escape());
      } else if (!templateMarker(parts, text)) {
        text.append(c);
        pos++;
      }
      run = pos;
      pos = literalEnd(pos);
      text.append(s, run, pos - run);
    }
    flush(parts, text);
    return parts;
  }

  /** The end of the run of a quoted string's plain characters from {@code from}: no quote, escape, newline or marker. */
  private int literalEnd(int from) {
    int p = from;
    while (p < n) {
      char c = s[p];
      if (c == '"' || c == '\\' || c == '\n' || c == '$' || c == '%') {
        return p;
      }
      p++;
    }
    return p;
  }

  /** Handles "${", "%{", "$${" and "%%{" at pos; returns false if none starts here. */
  private boolean templateMarker(List<TemplatePart> parts, StringBuilder text) {
    char c = s[pos];
    if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
      text.append(c).append('{');
      pos += 3;
      return true;
    }
    if ((c == '$' || c == '%') && peek(1) == '{') {
      int line = lines.line(pos);
      pos += 2;
      boolean stripBefore = false;
      if (pos < n && s[pos] == '~') {
        stripBefore = true;
        pos++;
      }
      flush(parts, text);
      Tokens tokens = new Tokens(4);
      boolean stripAfter = lexUntil(tokens, true);
      tokens.add(token(Kind.EOF, "", pos));
      parts.add(c == '$'
          ? new TemplatePart.Interpolation(tokens.asList(), stripBefore, stripAfter, line)
          : new TemplatePart.Directive(tokens.asList(), stripBefore, stripAfter, line));
      return true;
    }
    return false;
  }

  private String escape() {
    char e = peek(1);
    pos = Math.min(pos + 2, n);
    switch (e) {
      case 'n': return "\n";
      case 't': return "\t";
      case 'r': return "\r";
      case '"': return "\"";
      case '\\': return "\\";
      case 'u':
      case 'U': {
        int len = e == 'u' ? 4 : 8;
        if (pos + len > n) {
          throw error("invalid unicode escape");
        }
        String hex = text.substring(pos, pos + len);
        try {
          int cp = Integer.parseInt(hex, 16);
          pos += len; // before toChars: an out-of-range code point is reported after its digits
          return new String(Character.toChars(cp));
        } catch (IllegalArgumentException x) {
          throw error("invalid unicode escape \\" + e + hex);
        }
      }
      default:
        throw error("invalid escape sequence \\" + printable(e));
    }
  }

  private boolean heredocStarts() {
    int p = pos + 2;
    if (p < n && s[p] == '-') {
      p++;
    }
    return p < n && HclChars.isIdentStart(s[p]);
  }

  private Token heredoc() {
    int start = pos;
    int line = lines.line(start);
    int column = lines.column(start);
    pos += 2;
    boolean indented = false;
    if (s[pos] == '-') {
      indented = true;
      pos++;
    }
    int markerStart = pos;
    pos = identEnd(pos);
    String marker = text.substring(markerStart, pos);
    while (pos < n && (s[pos] == ' ' || s[pos] == '\t' || s[pos] == '\r')) {
      pos++;
    }
    if (pos >= n || s[pos] != '\n') {
      throw new HclSyntaxException("heredoc marker <<" + marker + " must be followed by a newline", line, column);
    }
    pos++;
    // Find the closing marker line.
    int bodyStart = pos;
    int scan = pos;
    int bodyEnd = -1;
    int afterEnd = -1;
    while (true) {
      int lineEnd = indexOf('\n', scan, n);
      if (isMarkerLine(scan, lineEnd, marker)) {
        bodyEnd = scan;
        afterEnd = lineEnd;
        break;
      }
      if (lineEnd == n) {
        break;
      }
      scan = lineEnd + 1;
    }
    if (bodyEnd < 0) {
      throw new HclSyntaxException("unterminated heredoc <<" + marker, line, column);
    }
    int strip = indented ? minIndent(bodyStart, bodyEnd) : 0;
    List<TemplatePart> parts = new ArrayList<>();
    StringBuilder text = new StringBuilder(bodyEnd - bodyStart);
    boolean atLineStart = true;
    while (pos < bodyEnd) {
      if (atLineStart && strip > 0) {
        int limit = Math.min(pos + strip, bodyEnd);
        while (pos < limit && (s[pos] == ' ' || s[pos] == '\t')) {
          pos++;
        }
        atLineStart = false;
        continue;
      }
      int run = pos;
      while (pos < bodyEnd && s[pos] != '$' && s[pos] != '%' && (strip == 0 || s[pos] != '\n')) {
        pos++;
      }
      if (pos > run) {
        text.append(s, run, pos - run);
        atLineStart = false;
        continue;
      }
      char c = s[pos];
      if (c == '\n') {
        text.append(c);
        pos++;
        atLineStart = true;
      } else if (!templateMarker(parts, text)) {
        text.append(c);
        pos++;
        atLineStart = false;
      } else {
        atLineStart = false;
      }
    }
    flush(parts, text);
    pos = Math.max(pos, afterEnd); // the marker line, its newline stays as a token
    return new Token(Kind.HEREDOC, marker, line, column, parts);
  }

  /** Whether {@code s[from, to)} is the marker, blanks around it aside (as {@code String.strip}). */
  private boolean isMarkerLine(int from, int to, String marker) {
    int a = from;
    int b = to;
    while (a < b && Character.isWhitespace(s[a])) {
      a++;
    }
    while (b > a && Character.isWhitespace(s[b - 1])) {
      b--;
    }
    if (b - a != marker.length()) {
      return false;
    }
    for (int i = 0; i < b - a; i++) {
      if (s[a + i] != marker.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The least indentation (spaces and tabs) of the non-blank lines of {@code s[from, to)}. */
  private int minIndent(int from, int to) {
    int min = Integer.MAX_VALUE;
    int lineStart = from;
    while (true) {
      int lineEnd = indexOf('\n', lineStart, to);
      int indent = 0;
      while (lineStart + indent < lineEnd && (s[lineStart + indent] == ' ' || s[lineStart + indent] == '\t')) {
        indent++;
      }
      if (!isBlank(lineStart + indent, lineEnd)) {
        min = Math.min(min, indent);
      }
      if (lineEnd == to) {
        break;
      }
      lineStart = lineEnd + 1;
    }
    return min == Integer.MAX_VALUE ? 0 : min;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s[i])) {
        return false;
      }
    }
    return true;
  }

  private static void flush(List<TemplatePart> parts, StringBuilder text) {
    if (text.length() > 0) {
      parts.add(new TemplatePart.Text(text.toString()));
      text.setLength(0);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------

  private Token token(Kind kind, String text, int start) {
    return Token.of(kind, text, lines.line(start), lines.column(start));
  }

  private char peek(int ahead) {
    int p = pos + ahead;
    return p < n ? s[p] : '\0';
  }

  /** The first offset in {@code [from, to)} holding {@code c}, or {@code to}. */
  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s[i] == c) {
        return i;
      }
    }
    return to;
  }

  private int identEnd(int from) {
    int p = from;
    while (p < n && HclChars.isIdentPart(s[p])) {
      p++;
    }
    return p;
  }

  private int digitsEnd(int from) {
    int p = from;
    while (p < n && HclChars.isDigit(s[p])) {
      p++;
    }
    return p;
  }

  private HclSyntaxException error(String message) {
    return new HclSyntaxException(message, lines.line(pos), lines.column(pos));
  }

  private static String printable(char c) {
    return c < 32 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
