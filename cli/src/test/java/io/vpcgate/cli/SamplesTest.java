package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample, end to end: {@code check terraform/ --snapshot live.json} prints exactly its
 * expected.json (the report's JSON) and exits with the code its verdict carries (4 blocked, 0 passed); a sample
 * without terraform/ is a repository of several root modules, checked with {@code check --recursive}.
 */
class SamplesTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(SAMPLES)) {
      List<Path> out = dirs.filter(d -> Files.isRegularFile(d.resolve("expected.json"))).sorted().toList();
      assertFalse(out.isEmpty(), "no samples under " + SAMPLES);
      return out.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("samples")
  void sample_printsItsExpectedReport_andExitsWithItsVerdict(Path sample) throws IOException {
    List<String> args = new ArrayList<>(Files.isDirectory(sample.resolve("terraform"))
        ? List.of("check", sample.resolve("terraform").toString(), "--format", "json")
        : List.of("check", "--recursive", sample.toString(), "--format", "json")); // a repository of root modules
    if (Files.exists(sample.resolve("live.json"))) {
      args.addAll(List.of("--snapshot", sample.resolve("live.json").toString()));
    }
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    var expected = CheckCommandTest.withoutVersion(Files.readString(sample.resolve("expected.json")));
    String verdict = expected.path("summary").path("verdict").asText();
    assertEquals(verdict.equals("blocked") ? 4 : verdict.equals("passed") ? 0 : 5, r.code(), r.err());
    assertEquals(expected, CheckCommandTest.withoutVersion(r.out()));
    assertEquals("", r.err());
  }
}
