package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vpcgate.input.hcl.Token.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Token positions and errors of {@link HclLexer} at the places its run scanning and line map could get wrong:
 * line ends, CRLF, tabs, characters outside ASCII, templates, heredocs, unterminated constructs, a file's end.
 * Columns count UTF-16 chars (a tab, a '\r', each half of a surrogate pair is one), as they always have.
 */
class HclLexerTest {

  /** "KIND text line:column" per token, EOF included, newlines as "NL". */
  private static String positions(String source) {
    return HclLexer.tokenize(source).stream().map(HclLexerTest::describe).collect(Collectors.joining(" | "));
  }

  private static String describe(Token t) {
    String text = t.is(Kind.NEWLINE) ? "NL" : t.is(Kind.EOF) ? "EOF" : t.kind() + " " + t.text();
    return text + " " + t.line() + ":" + t.column();
  }

  private static String error(String source) {
    HclSyntaxException e = assertThrows(HclSyntaxException.class, () -> HclLexer.tokenize(source));
    return e.getMessage() + " at " + e.line() + ":" + e.column();
  }

  @Test
  void emptyFile_isOneEofAtOneOne() {
    assertEquals("EOF 1:1", positions(""));
    assertEquals("EOF 1:1", positions("\uFEFF"));
  }

  @Test
  void fileWithoutTrailingNewline_endsOnItsLastLine() {
    assertEquals("IDENT a 1:1 | EQUAL = 1:3 | NUMBER 1 1:5 | NL 1:6 | IDENT b 2:1 | EQUAL = 2:2 | NUMBER 22 2:3"
        + " | EOF 2:5", positions("a = 1\nb=22"));
  }

  @Test
  void tokensAtLineEnds_andTheNewlineTokenItself() {
    assertEquals("IDENT x 1:1 | NL 1:2 | NL 2:1 | IDENT yy 3:1 | NL 3:3 | EOF 4:1", positions("x\n\nyy\n"));
  }

  @Test
  void crlf_theCarriageReturnIsAColumnAndNoToken() {
    assertEquals("IDENT a 1:1 | EQUAL = 1:3 | NUMBER 1 1:5 | NL 1:7 | IDENT b 2:1 | EQUAL = 2:3 | NUMBER 2 2:5"
        + " | NL 2:7 | EOF 3:1", positions("a = 1\r\nb = 2\r\n"));
  }

  @Test
  void tabs_countOneColumnEach() {
    assertEquals("IDENT a 1:2 | EQUAL = 1:4 | IDENT b 1:7 | EOF 1:8", positions("\ta\t=\t\tb"));
  }

  @Test
  void charactersOutsideAscii_countUtf16CharsNotBytesOrCodePoints() {
    // "é" is 2 bytes in UTF-8 but one char; the emoji is 4 bytes, one code point and two chars.
    assertEquals("IDENT a 1:1 | EQUAL = 1:3 | TEMPLATE \" 1:5 | IDENT b 1:11 | EOF 1:12",
        positions("a = \"é😀\" b"));
    assertEquals("IDENT é 1:1 | EQUAL = 1:3 | IDENT x 1:5 | NL 1:6 | IDENT 日本 2:1 | EOF 2:3",
        positions("é = x\n日本"));
    assertEquals("unexpected character '\uD83D' at 1:3", error("a \uD83D\uDE00"));
  }

  @Test
  void blockComment_spanningLinesIsOneNewlineAtItsStart() {
    assertEquals("IDENT a 1:1 | NL 1:3 | IDENT b 3:3 | EOF 3:4", positions("a /* x\ny\n*/b"));
    assertEquals("IDENT a 1:1 | IDENT b 1:10 | EOF 1:11", positions("a /* x */b"));
    assertEquals("IDENT a 1:1 | NL 1:6 | IDENT b 2:1 | EOF 2:2", positions("a # c\nb"));
  }

  @Test
  void templateInterpolation_tokensKeepTheirFilePositions() {
    List<Token> tokens = HclLexer.tokenize("x = \"a${ var.b }c\"\n");
    Token template = tokens.get(2);
    assertEquals(Kind.TEMPLATE, template.kind());
    assertEquals(1, template.line());
    assertEquals(5, template.column());
    assertEquals(3, template.parts().size());
    assertEquals(new TemplatePart.Text("a"), template.parts().get(0));
    TemplatePart.Interpolation interpolation = (TemplatePart.Interpolation) template.parts().get(1);
    assertEquals("IDENT var 1:10 | DOT . 1:13 | IDENT b 1:14 | EOF 1:17",
        interpolation.tokens().stream().map(HclLexerTest::describe).collect(Collectors.joining(" | ")));
    assertEquals(new TemplatePart.Text("c"), template.parts().get(2));
    assertEquals("NL 1:19", describe(tokens.get(3)));
  }

  @Test
  void template_escapesAndLiteralMarkersAreDecodedInOnePart() {
    Token template = HclLexer.tokenize("\"a\\n\\\"$${x}%%{y}\\u00e9$ %\"").get(0);
    assertEquals(List.of(new TemplatePart.Text("a\n\"${x}%{y}é$ %")), template.parts());
    assertEquals(List.of(), HclLexer.tokenize("\"\"").get(0).parts());
  }

  @Test
  void heredoc_positionsOfTheBodyAndAfterTheMarker() {
    List<Token> tokens = HclLexer.tokenize("x = <<-EOT\n    a ${b}\n      c\n  EOT\ny = 1\n");
    Token heredoc = tokens.get(2);
    assertEquals("HEREDOC EOT 1:5", describe(heredoc));
    assertEquals(new TemplatePart.Text("a "), heredoc.parts().get(0));
    TemplatePart.Interpolation b = (TemplatePart.Interpolation) heredoc.parts().get(1);
    assertEquals(2, b.line());
    assertEquals("IDENT b 2:9", describe(b.tokens().get(0)));
    assertEquals(new TemplatePart.Text("\n  c\n"), heredoc.parts().get(2));
    assertEquals("NL 4:6 | IDENT y 5:1", describe(tokens.get(3)) + " | " + describe(tokens.get(4)));
  }

  @Test
  void heredoc_withCrlfAndWithoutTrailingNewline() {
    List<Token> tokens = HclLexer.tokenize("x = <<EOF\r\nline\r\nEOF");
    assertEquals(List.of(new TemplatePart.Text("line\r\n")), tokens.get(2).parts());
    assertEquals("EOF 3:4", describe(tokens.get(3)));
  }

  @Test
  void unterminatedConstructs_reportWhereTheyStart() {
    assertEquals("unterminated string at 2:5", error("a = 1\nb = \"xyz\nc"));
    assertEquals("unterminated string at 1:5", error("a = \"xyz"));
    assertEquals("unterminated /* comment at 2:3", error("a\n  /* x\n y"));
    assertEquals("unterminated heredoc <<EOT at 1:5", error("a = <<EOT\nb\nEO"));
    assertEquals("heredoc marker <<EOT must be followed by a newline at 1:5", error("a = <<EOT x\n"));
  }

  @Test
  void errorsInsideAConstruct_reportWhereTheLexerStopped() {
    assertEquals("unterminated template interpolation: missing '}' at 2:2", error("a = \"${b\nc"));
    assertEquals("invalid escape sequence \\q at 1:9", error("a = \"x\\qy\""));
    assertEquals("invalid escape sequence \\\\u000a at 2:1", error("a = \"x\\\ny\""));
    assertEquals("invalid unicode escape \\u00zz at 1:9", error("a = \"x\\u00zz\""));
    assertEquals("invalid unicode escape \\U00110000 at 1:17", error("a = \"x\\U00110000\""));
    assertEquals("invalid unicode escape at 1:9", error("a = \"x\\u1"));
    assertEquals("unexpected character '@' at 3:7", error("a = 1\n\nb = 2 @"));
  }
}
