package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The run-scanning {@link HclLexer} against the char-by-char {@link ReferenceHclLexer} it replaced: on every .tf
 * of the repository's fixtures and samples (and on a directory named by {@code -Dvpcgate.lexer.corpus}), and on
 * mutants of them (cut short, or with characters that open or close strings, templates, heredocs and comments
 * put in), both must give the same tokens (kind, text, line, column, template parts, recursively) or the same
 * error (message, line, column).
 */
class LexerDifferentialTest {
  /** Characters and fragments that change the lexer's state; mutants are made of these. */
  private static final String[] FRAGMENTS = {
      "\"", "\\", "\\u", "\\U0011FFFF", "$", "${", "%{", "$${", "~}", "}", "{", "\n", "\r\n", "\t", "#", "//",
      "/*", "*/", "<<EOF\n", "<<-EOT\n", "EOF\n", "é", "日本", "\uD83D\uDE00", "\u00A0", "1e", "1.5e+", "...",
      "==", "=>", "&&", "|", "@", "\0", "\uFEFF"};

  @Test
  void sameTokensOnEveryFixtureAndSample() {
    List<Path> files = corpus();
    assertTrue(files.size() >= 100, "expected the fixtures and samples, found " + files.size() + " files");
    for (Path file : files) {
      String source = read(file);
      assertEquals(outcome(ReferenceHclLexer::tokenize, source), outcome(HclLexer::tokenize, source),
          file.toString());
    }
  }

  @Test
  void sameTokensOrSameErrorOnMutants() {
    Random random = new Random(17);
    int compared = 0;
    for (Path file : corpus()) {
      String source = read(file);
      for (int i = 0; i < 40; i++) {
        String mutant = mutate(source, random);
        assertEquals(outcome(ReferenceHclLexer::tokenize, mutant), outcome(HclLexer::tokenize, mutant),
            () -> file + " mutated:\n" + mutant);
        compared++;
      }
    }
    assertTrue(compared > 4000);
  }

  private static String mutate(String source, Random random) {
    return mutate(source, random, FRAGMENTS);
  }

  /** {@code source} cut short, or with one to three of {@code fragments} put in at random places. */
  static String mutate(String source, Random random, String[] fragments) {
    int at = source.isEmpty() ? 0 : random.nextInt(source.length() + 1);
    if (random.nextInt(5) == 0) {
      return source.substring(0, at);
    }
    StringBuilder b = new StringBuilder(source);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int p = random.nextInt(b.length() + 1);
      b.insert(p, fragments[random.nextInt(fragments.length)]);
    }
    return b.toString();
  }

  /** The tokens, or the error's class, message and position, as one comparable value. */
  private static Object outcome(java.util.function.Function<String, List<Token>> lexer, String source) {
    try {
      return lexer.apply(source);
    } catch (HclSyntaxException e) {
      return "HclSyntaxException " + e.getMessage() + " at " + e.line() + ":" + e.column();
    } catch (RuntimeException e) {
      return e.getClass().getName() + " " + e.getMessage();
    }
  }

  /** The .tf files of the fixtures and samples (and of -Dvpcgate.lexer.corpus), in order. */
  static List<Path> corpus() {
    List<Path> roots = new ArrayList<>(List.of(Path.of("../rules/src/test/resources"), Path.of("../samples")));
    String extra = System.getProperty("vpcgate.lexer.corpus");
    if (extra != null) {
      roots.add(Path.of(extra));
    }
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p)).sorted().forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
