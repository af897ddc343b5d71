package io.vpcgate.input.hcl;

/**
 * The character classes of the lexer. ASCII, nearly all of real Terraform, is answered from a table; anything
 * else goes to {@link Character} exactly as the lexer always did (per UTF-16 char, so a surrogate is neither a
 * letter nor a digit), so the table changes speed, never the answer.
 */
final class HclChars {
  private static final byte IDENT_START = 1;
  private static final byte IDENT_PART = 2;
  private static final byte DIGIT = 4;
  private static final byte[] ASCII = new byte[128];
  /** One-char strings of ASCII, so an operator token does not allocate its text. */
  private static final String[] ONE_CHAR = new String[128];

  static {
    for (char c = 0; c < 128; c++) {
      byte cls = 0;
      if (Character.isLetter(c) || c == '_') {
        cls |= IDENT_START;
      }
      if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
        cls |= IDENT_PART;
      }
      if (Character.isDigit(c)) {
        cls |= DIGIT;
      }
      ASCII[c] = cls;
      ONE_CHAR[c] = String.valueOf(c);
    }
  }

  private HclChars() {}

  static boolean isIdentStart(char c) {
    return c < 128 ? (ASCII[c] & IDENT_START) != 0 : Character.isLetter(c);
  }

  static boolean isIdentPart(char c) {
    return c < 128 ? (ASCII[c] & IDENT_PART) != 0 : Character.isLetterOrDigit(c);
  }

  static boolean isDigit(char c) {
    return c < 128 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  static String text(char c) {
    return c < 128 ? ONE_CHAR[c] : String.valueOf(c);
  }
}
