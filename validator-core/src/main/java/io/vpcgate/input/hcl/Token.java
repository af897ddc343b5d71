package io.vpcgate.input.hcl;

import java.util.List;

/** One lexical token of HCL native syntax, with its 1-based position. */
record Token(Kind kind, String text, int line, int column, List<TemplatePart> parts) {

  enum Kind {
    IDENT, NUMBER, TEMPLATE, HEREDOC, NEWLINE, EOF,
    LBRACE, RBRACE, LBRACK, RBRACK, LPAREN, RPAREN,
    EQUAL, COMMA, DOT, ELLIPSIS, QUESTION, COLON, FAT_ARROW,
    PLUS, MINUS, STAR, SLASH, PERCENT, BANG,
    EQ, NE, LT, GT, LE, GE, AND, OR
  }

  Token {
    parts = parts == null ? List.of() : List.copyOf(parts);
  }

  static Token of(Kind kind, String text, int line, int column) {
    return new Token(kind, text, line, column, List.of());
  }

  boolean is(Kind k) {
    return kind == k;
  }

  boolean isKeyword(String word) {
    return kind == Kind.IDENT && text.equals(word);
  }

  @Override
  public String toString() {
    return kind == Kind.NEWLINE ? "newline" : kind == Kind.EOF ? "end of file" : "'" + text + "'";
  }
}
