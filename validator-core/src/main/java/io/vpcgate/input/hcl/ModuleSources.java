package io.vpcgate.input.hcl;

import io.vpcgate.input.hcl.Token.Kind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code source} strings of a file's top-level {@code module} blocks, found in its tokens without
 * building its syntax tree: finding the root modules of a large repository lexes every file that calls a
 * module, and parsing them fully there took as long as the check's own parse of them.
 */
public final class ModuleSources {
  private ModuleSources() {}

  /**
   * The literal sources ({@code source = "../modules/net"}) of the top-level module blocks of {@code text}, in
   * order; a source that is not one plain string is left out. A text the lexer rejects throws
   * {@link HclSyntaxException}.
   */
  public static List<String> of(String text) {
    return of(HclLexer.lex(text));
  }

  /** The same in a file's tokens, as the lexer made them (the parser's own, when it parses a root module). */
  static List<String> of(Tokens lexed) {
    Token[] tokens = lexed.array();
    int size = lexed.size();
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean inModule = false;
    for (int i = 0; i < size; i++) {
      Token t = tokens[i];
      boolean itemStart = i == 0 || tokens[i - 1].is(Kind.NEWLINE) || tokens[i - 1].is(Kind.LBRACE);
      if (t.is(Kind.LBRACE)) {
        depth++;
      } else if (t.is(Kind.RBRACE)) {
        depth--;
        if (depth == 0) {
          inModule = false;
        }
      } else if (depth == 0 && itemStart && t.isKeyword("module") && opensBlock(tokens, size, i + 1)) {
        inModule = true;
      } else if (inModule && depth == 1 && itemStart && t.isKeyword("source") && i + 3 < size
          && tokens[i + 1].is(Kind.EQUAL) && plainString(tokens[i + 2])
          && (tokens[i + 3].is(Kind.NEWLINE) || tokens[i + 3].is(Kind.RBRACE))) {
        out.add(((TemplatePart.Text) tokens[i + 2].parts().get(0)).text());
      }
    }
    return out;
  }

  /**
   * The same for a file's bytes, as UTF-8 (a file that is not valid UTF-8 throws, as reading it as text does).
   * Most files need no tokens: one that does not mention {@code module} has no module block, and an ASCII file
   * in the common subset of HCL is scanned as bytes ({@link ModuleSourceScan}); the others are lexed.
   */
  public static List<String> of(byte[] file) throws CharacterCodingException {
    if (!mentionsModule(file)) {
      return List.of();
    }
    List<String> scanned = ModuleSourceScan.of(file);
    return scanned != null ? scanned : of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file)).toString());
  }

  private static boolean mentionsModule(byte[] file) {
    byte[] word = {'m', 'o', 'd', 'u', 'l', 'e'};
    outer:
    for (int i = 0; i + word.length <= file.length; i++) {
      for (int j = 0; j < word.length; j++) {
        if (file[i + j] != word[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Whether labels (names or plain strings) and then '{' follow from {@code i}: a block's header. */
  private static boolean opensBlock(Token[] tokens, int size, int i) {
    while (i < size && (tokens[i].is(Kind.IDENT) || plainString(tokens[i]))) {
      i++;
    }
    return i < size && tokens[i].is(Kind.LBRACE);
  }

  private static boolean plainString(Token t) {
    return t.is(Kind.TEMPLATE) && t.parts().size() == 1 && t.parts().get(0) instanceof TemplatePart.Text;
  }
}
