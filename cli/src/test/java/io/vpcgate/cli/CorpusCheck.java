package io.vpcgate.cli;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.input.InputException;
import io.vpcgate.input.terraform.RootModules;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TerraformInputs;
import io.vpcgate.rules.BuiltInRules;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs every rule over every root module of each repository given (public Terraform nobody here
 * wrote) and prints, per repository, root modules found, evaluated, input errors, crashes,
 * resources modelled by kind, findings by severity and the time taken; then each finding and error
 * for review: {@code bench/corpus.sh DIR...}. A crash fails the run.
 */
public final class CorpusCheck {
  private CorpusCheck() {}

  public static void main(String[] args) {
    Engine engine = new Engine(BuiltInRules.all());
    int crashes = 0;
    for (String repo : args) {
      long start = System.nanoTime();
      List<Path> roots = RootModules.find(Path.of(repo));
      int evaluated = 0;
      int inputErrors = 0;
      int notes = 0;
      int incomplete = 0;
      Map<String, Integer> resources = new TreeMap<>();
      Map<String, Integer> findings = new TreeMap<>();
      StringBuilder details = new StringBuilder();
      for (Path root : roots) {
        try {
          TerraformInputs tf = Pipeline.terraform(Optional.of(root), Optional.empty(), Optional.empty(),
              TerraformOptions.NONE);
          Report report = Pipeline.check(tf, Optional.empty(), engine, java.time.LocalDate.now());
          evaluated++;
          notes += tf.config().notes().size();
          if (!tf.config().unread().isEmpty()) {
            incomplete++;
            tf.config().unread().forEach(u -> details.append("  UNREAD ").append(root).append(": ").append(u).append('\n'));
          }
          for (io.vpcgate.engine.SkippedRule s : report.skipped()) {
            if (s.failed()) {
              crashes++;
              details.append("  CRASH ").append(root).append(": rule ").append(s.ruleId()).append(' ').append(s.reason())
                  .append('\n');
            }
          }
          tf.desired().resources().forEach(r -> resources.merge(r.getClass().getSimpleName(), 1, Integer::sum));
          for (Finding f : report.findings()) {
            findings.merge(f.severity().name(), 1, Integer::sum);
            details.append("  FINDING ").append(root).append(": ").append(f.location()).append(' ').append(f.ruleId())
                .append(' ').append(f.severity()).append(' ').append(f.message()).append('\n');
          }
        } catch (InputException e) {
          inputErrors++;
          details.append("  INPUT ").append(root).append(": ").append(e.getMessage()).append('\n');
        } catch (RuntimeException | StackOverflowError e) {
          crashes++;
          details.append("  CRASH ").append(root).append(": ").append(e).append('\n');
        }
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("%s: root modules %d, evaluated %d, input errors %d, with modules not downloaded %d, notes %d, "
          + "resources %s, findings %s, %d ms%n",
          Path.of(repo).getFileName(), roots.size(), evaluated, inputErrors, incomplete, notes, resources, findings, ms);
      System.out.print(details);
    }
    if (crashes > 0) {
      System.out.println(crashes + " crashes");
      System.exit(1);
    }
  }
}
