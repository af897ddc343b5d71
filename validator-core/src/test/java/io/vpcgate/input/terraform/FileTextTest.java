package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One pass over a file's bytes against a strict decoder and a search of the decoded text for the mark. */
class FileTextTest {
  private static final String[] PIECES = {"vpcgate:ignore", "vpcgate:ignor", "vpcgate", "v", "# ", "x = 1\n", "é",
      "名前", "\uD83D\uDE00", "\uFEFF", "\r\n", "\"s\"", "ignore"};

  private static String strict(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void theTextAndTheMarkAsADecoderAndASearchFindThem() throws CharacterCodingException {
    Random random = new Random(31);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
      FileText text = FileText.of(bytes);
      assertEquals(strict(bytes), text.text());
      assertEquals(sb.toString(), text.text());
      assertEquals(sb.toString().contains("vpcgate:ignore"), text.mentionsSuppression(), sb.toString());
    }
  }

  @Test
  void malformedUtf8Throws_asReadingItAsTextDoes() {
    for (byte[] bad : new byte[][] {{(byte) 0xC3}, {'a', (byte) 0xFF, 'b'}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}}) {
      assertThrows(MalformedInputException.class, () -> FileText.of(bad));
    }
  }
}
