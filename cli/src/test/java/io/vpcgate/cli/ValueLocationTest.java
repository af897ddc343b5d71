package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding about a value points where the value is set (a tfvars line, a module argument, a variable's
 * default), with the use as its first related location; a value from --var has no line, so the finding
 * stays at the use; a suppression at the use still covers it.
 */
class ValueLocationTest {
  private static final Path SAMPLE = CheckCommandTest.SAMPLE;
  @TempDir Path tmp;

  private JsonNode wire06(String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("check", SAMPLE.resolve("terraform").toString(), "--snapshot",
        SAMPLE.resolve("live.json").toString(), "-f", "json"));
    args.addAll(List.of(extra));
    return wire06In(CliRunner.run(args.toArray(String[]::new)));
  }

  private static JsonNode wire06In(CliRunner r) throws IOException {
    for (JsonNode f : CheckCommandTest.JSON.readTree(r.out()).get("findings")) {
      if (f.get("ruleId").asText().equals("WIRE-06")) {
        return f;
      }
    }
    throw new AssertionError("no WIRE-06 in " + r.out() + r.err());
  }

  @Test
  void theStaleAddress_isReportedWhereTfvarsSetsIt_withTheUseRelated() throws IOException {
    JsonNode f = wire06();
    assertEquals("terraform.tfvars", f.at("/location/file").asText());
    assertEquals(1, f.at("/location/line").asInt());
    assertEquals("backend.tf:21", f.at("/related/0").asText(), f.toString());
  }

  @Test
  void aValueFromTheCommandLine_hasNoLine_soTheFindingStaysAtTheUse() throws IOException {
    JsonNode f = wire06("--var", "redis_host=10.166.204.83");
    assertEquals("backend.tf", f.at("/location/file").asText());
    assertEquals(21, f.at("/location/line").asInt());
  }

  @Test
  void aDefault_isWhereTheValueIsSet() throws IOException {
    Path root = copySample();
    Files.delete(root.resolve("terraform.tfvars"));
    String vars = Files.readString(root.resolve("variables.tf")).replace(
        "  description = \"Memorystore endpoint of staging-cache (another team's instance).\"\n  type        = string\n",
        "  description = \"Memorystore endpoint of staging-cache (another team's instance).\"\n  type        = string\n"
            + "  default     = \"10.166.204.83\"\n");
    Files.writeString(root.resolve("variables.tf"), vars);
    Files.writeString(root.resolve("images.auto.tfvars"),
        "backend_image = \"us-central1-docker.pkg.dev/acme-staging/app/backend:1.42.0\"\n");
    JsonNode byDefault = wire06In(CliRunner.run("check", root.toString(), "--snapshot", SAMPLE.resolve("live.json").toString(),
        "-f", "json"));
    assertEquals("variables.tf", byDefault.at("/location/file").asText());
    int defaultLine = (int) Files.readAllLines(root.resolve("variables.tf")).indexOf("  default     = \"10.166.204.83\"") + 1;
    assertEquals(defaultLine, byDefault.at("/location/line").asInt());
  }

  @Test
  void aSuppressionAtTheUse_stillCoversTheFinding() throws IOException {
    Path root = copySample();
    List<String> lines = new ArrayList<>(Files.readAllLines(root.resolve("backend.tf")));
    int env = lines.indexOf("        name  = \"REDIS_HOST\"");
    lines.add(env + 1, "        # vpcgate:ignore WIRE-06 -- the cache moves next week");
    Files.write(root.resolve("backend.tf"), lines);
    CliRunner r = CliRunner.run("check", root.toString(), "--snapshot", SAMPLE.resolve("live.json").toString(), "-f", "json");
    JsonNode report = CheckCommandTest.JSON.readTree(r.out());
    assertTrue(Stream.of(report.get("suppressed")).flatMap(s -> java.util.stream.StreamSupport.stream(s.spliterator(), false))
        .anyMatch(s -> s.get("ruleId").asText().equals("WIRE-06")), r.out());
  }

  private Path copySample() throws IOException {
    Path root = tmp.resolve("terraform");
    Files.createDirectories(root);
    try (Stream<Path> files = Files.list(SAMPLE.resolve("terraform"))) {
      for (Path p : files.toList()) {
        Files.copy(p, root.resolve(p.getFileName()));
      }
    }
    return root;
  }
}
