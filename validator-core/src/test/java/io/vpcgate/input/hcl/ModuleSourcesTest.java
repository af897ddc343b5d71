package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The module sources found in tokens are those of the parsed file's top-level module blocks. */
class ModuleSourcesTest {
  private static final String TEXT = """
      # module "commented" { source = "../no" }
      /* module "block_comment" {
           source = "../no"
         } */
      locals {
        doc = <<EOT
      module "in_heredoc" {
        source = "../no"
      }
      EOT
        obj = { module = { source = "../no" } }
      }
      module "net" {
        source  = "../modules/net"
        version = "1.0"
        nested {
          source = "../no"
        }
      }
      module "dynamic" {
        source = "${path.module}/../no"
      }
      module "registry" {
        source = "terraform-google-modules/network/google"
      }
      module "paren" {
        source = ("../no")
      }
      module "tpl" { source = "./one-line" }
      module "escaped" {
        source = "./a\\u0062c"
      }
      resource "google_compute_network" "module" {
        source = "../no"
      }
      """;

  /** What the parser's tree gives: the plain-string source attribute of each top-level module block. */
  private static List<String> parsed(String text) {
    return HclParser.parse(text).blocks("module").stream()
        .map(b -> b.body().attribute("source").map(Body.Attribute::expr)
            .filter(e -> e instanceof Expr.Template t && t.parts().size() == 1
                && t.parts().get(0) instanceof Expr.Literal l && l.value() instanceof Value.Str)
            .map(e -> ((Value.Str) ((Expr.Literal) ((Expr.Template) e).parts().get(0)).value()).value()))
        .flatMap(Optional::stream).toList();
  }

  @Test
  void findsWhatTheParsersTreeHolds() {
    List<String> expected = List.of("../modules/net", "terraform-google-modules/network/google", "./one-line", "./abc");
    assertEquals(expected, parsed(TEXT));
    assertEquals(expected, ModuleSources.of(TEXT));
  }

  @Test
  void aFilesBytes_scannedOrDecodedAndLexed_giveTheSameSources() throws Exception {
    List<String> expected = ModuleSources.of(TEXT);
    assertEquals(expected, ModuleSources.of(TEXT.getBytes(StandardCharsets.UTF_8))); // a heredoc: lexed
    String plain = "module \"net\" {\n  source = \"../modules/net\"\n}\n";
    assertEquals(List.of("../modules/net"), ModuleSources.of(plain.getBytes(StandardCharsets.US_ASCII))); // scanned
    assertEquals(List.of("../modules/net"), ModuleSources.of(("# é\n" + plain).getBytes(StandardCharsets.UTF_8)));
    assertEquals(List.of(), ModuleSources.of("resource \"a\" \"b\" {}\n".getBytes(StandardCharsets.US_ASCII)));
    byte[] notUtf8 = ("# \n" + plain).getBytes(StandardCharsets.US_ASCII);
    notUtf8[2] = (byte) 0xC3; // a lead byte with no continuation
    assertThrows(CharacterCodingException.class, () -> ModuleSources.of(notUtf8));
  }

  @Test
  void aTextTheLexerRejectsThrows() {
    assertThrows(HclSyntaxException.class, () -> ModuleSources.of("module \"x\" {\n  source = \"../a\n}\n"));
  }

  /**
   * A root module's check takes the sources from its parse's own tokens: on every fixture and sample and on mutants
   * of them, those of the token scan wherever the file parses, and none where it does not.
   */
  @Test
  void theParserGivesTheSameSourcesFromItsTokens() {
    java.util.Random random = new java.util.Random(29);
    String[] fragments = {"module \"m\" {\n  source = \"../a\"\n}\n", "module ", "source = \"./b\"\n", "{", "}", "\n",
        "\"", "${", "#", "/*", "*/", "<<EOF\n", "EOF\n", "="};
    int parsed = 0;
    int withSources = 0;
    for (java.nio.file.Path file : LexerDifferentialTest.corpus()) {
      String source = LexerDifferentialTest.read(file);
      for (int i = 0; i < 20; i++) {
        String calling = source + "\nmodule \"m" + i + "\" {\n  source = \"../m" + i + "\"\n}\n";
        String text = i == 0 ? source : i == 1 ? calling : LexerDifferentialTest.mutate(calling, random, fragments);
        List<String> found = new java.util.ArrayList<>();
        try {
          HclParser.parse(text, found);
        } catch (HclSyntaxException e) {
          assertEquals(List.of(), found, text);
          continue;
        }
        assertEquals(ModuleSources.of(text), found, file + ":\n" + text);
        parsed++;
        withSources += found.isEmpty() ? 0 : 1;
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(parsed > 500 && withSources > 50, parsed + " parsed, " + withSources
        + " with sources");
  }
}
