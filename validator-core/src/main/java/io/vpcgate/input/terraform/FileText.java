package io.vpcgate.input.terraform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A configuration file's text, decoded strictly as UTF-8 (malformed input throws, it is never replaced), and
 * whether it holds a suppression comment's mark: both from one pass over its bytes, since the mark is ASCII and
 * an ASCII byte of UTF-8 is always that character. Most files are ASCII, and their text is their bytes.
 */
record FileText(String text, boolean mentionsSuppression) {
  private static final byte[] MARK = io.vpcgate.suppress.Suppressions.MARK.getBytes(StandardCharsets.US_ASCII);

  static FileText of(byte[] bytes) throws CharacterCodingException {
    boolean ascii = true;
    boolean mark = false;
    byte first = MARK[0];
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b < 0) {
        ascii = false;
      } else if (b == first && !mark) {
        mark = at(bytes, i);
      }
    }
    String text = ascii ? new String(bytes, StandardCharsets.ISO_8859_1) // the same chars, copied without decoding
        : StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    return new FileText(text, mark);
  }

  private static boolean at(byte[] bytes, int i) {
    if (i + MARK.length > bytes.length) {
      return false;
    }
    for (int j = 1; j < MARK.length; j++) {
      if (bytes[i + j] != MARK[j]) {
        return false;
      }
    }
    return true;
  }
}
