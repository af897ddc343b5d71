package io.vpcgate.input.hcl;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ModuleSources} without tokens, for the common case: a scan of a file's bytes that finds the top-level
 * module blocks' plain-string sources as the token scan does, allocating nothing else. It answers only
 * ASCII files in the subset it reads exactly (comments, strings with {@code ${...}} interpolations, the
 * lexer's operators) and gives up, returning null, on anything else (a heredoc, an escape, a
 * template directive, a comment inside a module header or around {@code source =}, a character the lexer
 * may reject), so that the lexer decides there. A differential test holds it to the token scan.
 */
final class ModuleSourceScan {
  /** What an interpolation may hold, strings aside, for this scan to skip it: no comment, heredoc or strip marker. */
  private static final String EXPRESSION_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_- \t\r\n"
      + "=!>+*%&|?:.,()[]{}";
  private final byte[] b;
  private final int n;
  private int pos;

  private ModuleSourceScan(byte[] b) {
    this.b = b;
    this.n = b.length;
  }

  /**
   * The sources of a file's bytes, as {@link ModuleSources#of(String)} finds them in its text; null when this scan
   * cannot tell, and for any byte that is not ASCII (the file is then decoded and lexed).
   */
  static List<String> of(byte[] file) {
    for (byte x : file) {
      if (x < 0) {
        return null;
      }
    }
    try {
      return new ModuleSourceScan(file).scan();
    } catch (GiveUp e) {
      return null;
    }
  }

  /** Thrown to give the text to the lexer. */
  private static final class GiveUp extends RuntimeException {
    private static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private List<String> scan() {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inModule = false;
    boolean itemStart = true; // the previous token was a newline or '{', or there was none
    while (true) {
      if (skipBlanksAndComments()) {
        itemStart = true;
      }
      if (pos >= n) {
        return out;
      }
      char c = at(pos);
      int start = pos;
      if (c == '\n') {
        pos++;
        itemStart = true;
        continue;
      }
      if (c == '"') {
        skipString();
      } else if (HclChars.isIdentStart(c)) {
        pos = identEnd(pos + 1);
        if (depth == 0 && itemStart && is(start, "module") && opensBlock()) {
          inModule = true;
        } else if (inModule && depth == 1 && itemStart && is(start, "source")) {
          String source = plainSourceValue();
          if (source != null) {
            out.add(source);
          }
        }
      } else if (c >= '0' && c <= '9') {
        pos = identEnd(pos + 1);
      } else if (c == '{') {
        pos++;
        depth++;
        itemStart = true;
        continue;
      } else if (c == '}') {
        pos++;
        depth--;
        if (depth == 0) {
          inModule = false;
        }
      } else {
        operator(c);
      }
      itemStart = false;
    }
  }

  /** After {@code module}: labels (names or plain strings), then '{', on the same line. Does not move. */
  private boolean opensBlock() {
    int at = pos;
    try {
      while (true) {
        skipBlanksNoComment();
        if (pos >= n) {
          return false;
        }
        char c = at(pos);
        if (c == '{') {
          return true;
        }
        if (HclChars.isIdentStart(c)) {
          pos = identEnd(pos + 1);
        } else if (c == '"') {
          if (plainString() == null) {
            return false;
          }
        } else {
          return false;
        }
      }
    } finally {
      pos = at;
    }
  }

  /**
   * After {@code source}: {@code = "plain"} and then a newline or '}' (comments aside): the string, else null.
   * Does not move: the main scan reads the same tokens again.
   */
  private String plainSourceValue() {
    int at = pos;
    try {
      skipBlanksNoComment();
      if (pos >= n || at(pos) != '=' || (pos + 1 < n && (at(pos + 1) == '=' || at(pos + 1) == '>'))) {
        return null;
      }
      pos++;
      skipBlanksNoComment();
      if (pos >= n || at(pos) != '"') {
        return null;
      }
      String value = plainString();
      if (value == null) {
        return null;
      }
      boolean newline = skipBlanksAndComments();
      return newline || (pos < n && (at(pos) == '\n' || at(pos) == '}')) ? value : null;
    } finally {
      pos = at;
    }
  }

  /**
   * At '"': the string's text when it is one plain, non-empty piece of text (as the lexer makes a
   * one-part template), moving past it; null, past it, when it holds an interpolation. Gives up on an
   * escape or a directive.
   */
  private String plainString() {
    int start = pos + 1;
    boolean plain = skipString();
    return plain && pos - 1 > start ? new String(b, start, pos - 1 - start, StandardCharsets.US_ASCII) : null;
  }

  /** At '"': moves past the string; whether it was plain text (no interpolation). */
  private boolean skipString() {
    pos++;
    boolean plain = true;
    while (true) {
      if (pos >= n) {
        throw GiveUp.INSTANCE;
      }
      char c = at(pos);
      if (c == '"') {
        pos++;
        return plain;
      }
      if (c == '\\' || c == '\n' || c == '\r') {
        throw GiveUp.INSTANCE;
      }
      if ((c == '$' || c == '%') && pos + 1 < n && (at(pos + 1) == '{' || at(pos + 1) == c)) {
        if (c == '%' || at(pos + 1) == '$') {
          throw GiveUp.INSTANCE; // a directive, or an escaped marker
        }
        pos += 2;
        skipInterpolation();
        plain = false;
        continue;
      }
      pos++;
    }
  }

  /** After "${": moves past the matching '}'. */
  private void skipInterpolation() {
    int depth = 0;
    while (true) {
      if (pos >= n) {
        throw GiveUp.INSTANCE;
      }
      char c = at(pos);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          pos++;
          return;
        }
        depth--;
      } else if (EXPRESSION_CHARS.indexOf(c) < 0) {
        throw GiveUp.INSTANCE; // comments, heredocs, strip markers, anything else: the lexer's
      }
      pos++;
    }
  }

  private void operator(char c) {
    char d = pos + 1 < n ? at(pos + 1) : '\0';
    switch (c) {
      case '=', '!', '>', '+', '-', '*', '/', '%', '?', ':', '.', ',', '(', ')', '[', ']' -> pos++; // comments: skipped before
      case '<' -> {
        if (d == '<') {
          throw GiveUp.INSTANCE; // a heredoc
        }
        pos++;
      }
      case '&', '|' -> {
        if (d != c) {
          throw GiveUp.INSTANCE;
        }
        pos += 2;
      }
      default -> throw GiveUp.INSTANCE;
    }
  }

  /** Blanks, where the lexer would skip a block comment too: this scan leaves those texts to it. */
  private void skipBlanksNoComment() {
    skipBlanks();
    if (atBlockComment()) {
      throw GiveUp.INSTANCE;
    }
  }

  private void skipBlanks() {
    while (pos < n && (at(pos) == ' ' || at(pos) == '\t' || at(pos) == '\r')) {
      pos++;
    }
  }

  /**
   * Moves past blanks and comments; whether a block comment spanned a line, which the lexer reads as a newline
   * (a line comment stops before its newline).
   */
  private boolean skipBlanksAndComments() {
    boolean newline = false;
    while (true) {
      skipBlanks();
      if (pos < n && (at(pos) == '#' || (at(pos) == '/' && pos + 1 < n && at(pos + 1) == '/'))) {
        pos = indexOf('\n', pos, n);
      } else if (atBlockComment()) {
        int end = blockCommentEnd(pos + 2);
        if (end < 0) {
          throw GiveUp.INSTANCE; // unterminated: the lexer's error
        }
        newline |= indexOf('\n', pos, end) < end;
        pos = end + 2;
      } else {
        return newline;
      }
    }
  }

  private boolean atBlockComment() {
    return pos + 1 < n && at(pos) == '/' && at(pos + 1) == '*';
  }

  private boolean is(int start, String word) {
    if (pos - start != word.length()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (b[start + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private char at(int i) {
    return (char) b[i];
  }

  /** The first {@code c} in [from, to), else {@code to}. */
  private int indexOf(char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return to;
  }

  /** Where the block comment's closing star-slash starts, from {@code from}; -1 when there is none. */
  private int blockCommentEnd(int from) {
    for (int i = from; i + 1 < n; i++) {
      if (b[i] == '*' && b[i + 1] == '/') {
        return i;
      }
    }
    return -1;
  }

  private int identEnd(int from) {
    int i = from;
    while (i < n && HclChars.isIdentPart(at(i))) {
      i++;
    }
    return i;
  }
}
