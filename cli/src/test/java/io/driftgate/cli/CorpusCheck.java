package io.driftgate.cli;

import io.driftgate.engine.Engine;
import io.driftgate.engine.Finding;
import io.driftgate.engine.Report;
import io.driftgate.input.InputException;
import io.driftgate.input.terraform.TerraformConfig;
import io.driftgate.input.terraform.TerraformMapper;
import io.driftgate.input.terraform.TerraformOptions;
import io.driftgate.input.terraform.TerraformReader;
import io.driftgate.model.ResourceGraph;
import io.driftgate.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs every rule over every directory holding .tf files under the given roots (public Terraform
 * nobody here wrote) and prints each finding, input error and crash: {@code make corpus CORPUS=dir}.
 * Findings are reviewed by hand for false positives; a crash fails the run.
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static void main(String[] args) throws IOException {
    int dirs = 0;
    int inputErrors = 0;
    int crashes = 0;
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> byType = new TreeMap<>();
    int notes = 0;
    long start = System.nanoTime();
    Engine engine = new Engine(BuiltInRules.all());
    for (String root : args) {
      List<Path> modules;
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        modules = walk.filter(Files::isDirectory).filter(d -> !d.toString().contains("/.terraform"))
            .filter(CorpusCheck::hasTf).sorted().toList();
      }
      for (Path dir : modules) {
        dirs++;
        try {
          TerraformConfig config = TerraformReader.read(dir, TerraformOptions.NONE);
          ResourceGraph desired = TerraformMapper.toGraph(config);
          Report report = engine.run(desired, Optional.empty(), config.notes());
          desired.resources().forEach(r -> byType.merge(r.getClass().getSimpleName(), 1, Integer::sum));
          notes += config.notes().size();
          if (System.getenv("CORPUS_DUMP") != null) {
            desired.resources().forEach(r -> System.out.println("RESOURCE " + dir + " " + r));
          }
          for (Finding f : report.findings()) {
            byRule.merge(f.ruleId() + " " + f.severity(), 1, Integer::sum);
            System.out.println("FINDING " + dir + "/" + f.location() + " " + f.ruleId() + " " + f.severity() + " " + f.message());
          }
        } catch (InputException e) {
          inputErrors++;
          System.out.println("INPUT " + dir + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
          crashes++;
          System.out.println("CRASH " + dir + ": " + e);
          e.printStackTrace(System.out);
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("modules=%d inputErrors=%d crashes=%d notes=%d resources=%s findings=%s in %d ms%n",
        dirs, inputErrors, crashes, notes, byType, byRule, ms);
    if (crashes > 0) {
      System.exit(1);
    }
  }

  private static boolean hasTf(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".tf"));
    } catch (IOException e) {
      return false;
    }
  }
}
