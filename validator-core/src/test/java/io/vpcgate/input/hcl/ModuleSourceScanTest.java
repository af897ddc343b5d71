package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The token-free scan against the token scan it stands in for: wherever it answers, on every fixture and sample
 * and on mutants of them, it gives the same sources, and it answers nothing where the lexer rejects the text.
 */
class ModuleSourceScanTest {
  private static final String[] FRAGMENTS = {
      "module \"m\" {\n  source = \"../a\"\n}\n", "module ", "module \"x\" ", "module x {", "source = \"./b\"\n",
      "source", " = ", "\"../c\"", "\"\"", "{", "}", "\n", "\r\n", "\t", "\"", "${", "}", "$${", "%{", "~}", "\\",
      "#", "//", "/*", "*/", "<<EOF\n", "EOF\n", "==", "=>", "&", "|", "é", "'", "1.5e+3", "[", "]", "(", ")"};

  /** What the token scan gives, or "rejected" when the lexer rejects the text. */
  private static Object tokens(String text) {
    try {
      return ModuleSources.of(text);
    } catch (HclSyntaxException e) {
      return "rejected";
    }
  }

  /** Whether the scan answered; when it did, its answer is the token scan's. */
  private static boolean agrees(String text, String what) {
    List<String> scanned = ModuleSourceScan.of(text.getBytes(StandardCharsets.UTF_8));
    if (scanned == null) {
      return false;
    }
    assertEquals(tokens(text), scanned, what);
    return true;
  }

  @Test
  void onEveryFixtureAndSample_theSameSources_andMostFilesNeedNoTokens() {
    List<Path> files = LexerDifferentialTest.corpus();
    int answered = 0;
    for (Path file : files) {
      answered += agrees(LexerDifferentialTest.read(file), file.toString()) ? 1 : 0;
    }
    assertTrue(answered * 10 >= files.size() * 8, answered + " of " + files.size() + " files answered by the scan");
  }

  @Test
  void onMutants_theSameSourcesWheneverTheScanAnswers() {
    Random random = new Random(23);
    int answered = 0;
    int compared = 0;
    for (Path file : LexerDifferentialTest.corpus()) {
      String source = LexerDifferentialTest.read(file);
      for (int i = 0; i < 40; i++) {
        String mutant = LexerDifferentialTest.mutate(source, random, FRAGMENTS);
        answered += agrees(mutant, file + " mutated:\n" + mutant) ? 1 : 0;
        compared++;
      }
    }
    assertTrue(compared > 4000 && answered * 4 > compared, answered + " of " + compared + " mutants answered");
  }

  @Test
  void headersAndSourcesAsTheTokenScanReadsThem() {
    List<String> texts = List.of(
        "module \"a\" {\n  source = \"../a\"\n}\n",
        "module a b \"c\" {\n  source = \"./a\" # why\n  version = \"1\"\n}\n",
        "module \"a\" { source = \"./one-line\" }\n",
        "module {\n  source = \"../no-label\"\n}\n",
        "module \"\" {\n  source = \"../empty-label\"\n}\n",
        "module \"a\" {\n  source = \"\"\n}\n",
        "module \"${x}\" {\n  source = \"../templated-label\"\n}\n",
        "module \"a\"\n{\n  source = \"../brace-on-next-line\"\n}\n",
        "module \"a\" {\n  source = \"${path.module}/../x\"\n  n = { a = \"${b[\"c\"]}\" }\n}\n",
        "module \"a\" {\n  source == \"../eq\"\n  source => \"../arrow\"\n  source = \"../ok\", x\n}\n",
        "module \"a\" {\r\n  source = \"../crlf\"\r\n}\r\n",
        "module \"a\" {\n  inner {\n    source = \"../nested\"\n  }\n}\nsource = \"../top\"\n",
        "locals {\n  module = { source = \"../no\" }\n}\nresource \"x\" \"module\" {\n  source = \"../no\"\n}\n",
        "x = a || b && c ? \"${d}\" : [1.5, -2e3]\nmodule \"m\" {\n  source = \"../after-expressions\"\n}\n",
        "/**\n * Copyright 2024 Example LLC\n */\n\nmodule \"a\" {\n  source = \"../licensed\" /* one line */\n}\n",
        "module \"a\" {\n  source = \"../b\" /* spans\n lines */ version = \"1\"\n}\n",
        "module \"a\" { /* c */ source = \"../after-comment\" }\n",
        "module \"a\" {\n  x = 1 /* a\n */ source = \"../after-multiline-comment\"\n}\n");
    for (String text : texts) {
      assertTrue(agrees(text, text), "the scan answers:\n" + text);
    }
    assertEquals(List.of("../a"), ModuleSourceScan.of(texts.get(0).getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void whatOnlyTheLexerReadsIsLeftToIt() {
    for (String text : List.of(
        "module \"a\" {\n  source = \"../a\\u0062\"\n}\n",
        "module \"a\" /* c */ {\n  source = \"../a\"\n}\n",
        "locals {\n  d = <<EOT\nmodule \"h\" {\n  source = \"../no\"\n}\nEOT\n}\n",
        "module \"a\" {\n  source = \"%{ if x }../a%{ endif }\"\n}\n",
        "x = \"$${literal}\"\n",
        "x = \"${a # comment\n}\"\n",
        "x = \"unterminated\n",
        "x = a & b\n",
        "module \"a\" {\n  source /* c */ = \"../a\"\n}\n",
        "x = 1 /* unterminated\n",
        "名前 = 1\n",
        "x = \"é\"\nmodule \"a\" {\n  source = \"../non-ascii-file\"\n}\n")) {
      assertNull(ModuleSourceScan.of(text.getBytes(StandardCharsets.UTF_8)), text);
    }
  }
}
