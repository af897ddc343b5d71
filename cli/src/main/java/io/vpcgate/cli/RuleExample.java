package io.vpcgate.cli;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.InputText;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TempDirs;
import io.vpcgate.pipeline.TerraformInputs;
import io.vpcgate.report.TextReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A rule's example: its marked fixture ({@code <Rule>/bad.tf}, shipped with the rule), run
 * through the rule with the fixture's plan, live snapshot and state when it has them (through the
 * same pipeline as the CLI and the rule tests), and the text report that produces. The example is
 * the rule's test input, so what the docs show is tested.
 */
record RuleExample(String terraform, boolean withPlan, boolean withLive, boolean withState, String report, int findings) {

  static Optional<RuleExample> of(Rule rule) {
    Optional<String> tf = resource(rule, "bad.tf");
    if (tf.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> plan = resource(rule, "plan.json");
    Optional<String> live = resource(rule, "live.json");
    Optional<String> state = resource(rule, "state.json");
    Path dir = null;
    try {
      dir = Files.createTempDirectory("vpcgate-example");
      Files.writeString(dir.resolve("bad.tf"), tf.get(), StandardCharsets.UTF_8);
      TerraformInputs inputs = Pipeline.terraform(Optional.of(dir), plan.map(p -> new InputText("plan.json", p)),
          state.map(s -> new InputText("state.json", s)), TerraformOptions.NONE);
      Report report = Pipeline.check(inputs, live.map(l -> SnapshotReader.parseSnapshot(l, "live.json", false))
          .map(s -> LiveState.of(s.graph(), s.coverage())),
          new Engine(List.of(rule)), io.vpcgate.suppress.Suppressions.today());
      return Optional.of(new RuleExample(tf.get(), plan.isPresent(), live.isPresent(), state.isPresent(),
          new TextReporter(false).render(report), report.findings().size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TempDirs.delete(dir);
    }
  }

  private static Optional<String> resource(Rule rule, String name) {
    try (InputStream in = rule.getClass().getResourceAsStream(rule.getClass().getSimpleName() + "/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
