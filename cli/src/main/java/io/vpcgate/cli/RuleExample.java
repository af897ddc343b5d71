package io.vpcgate.cli;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.report.TextReporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rule's example: its marked fixture ({@code <Rule>/bad.tf}, shipped with the rule), run
 * through the rule with the fixture's live snapshot and state when it has them, and the text
 * report that produces. The example is the rule's test input, so what the docs show is tested.
 */
record RuleExample(String terraform, boolean withLive, boolean withState, String report, int findings) {

  static Optional<RuleExample> of(Rule rule) {
    Optional<String> tf = resource(rule, "bad.tf");
    if (tf.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> live = resource(rule, "live.json");
    Optional<String> state = resource(rule, "state.json");
    Path dir = null;
    try {
      dir = Files.createTempDirectory("vpcgate-example");
      Files.writeString(dir.resolve("bad.tf"), tf.get(), StandardCharsets.UTF_8);
      TerraformConfig config = TerraformReader.read(dir, TerraformOptions.NONE);
      Optional<ResourceGraph> liveGraph = live.map(l -> SnapshotReader.parse(l, "live.json"));
      Optional<ResourceGraph> lastApplied = state.map(s -> StateGraph.of(StateReader.parse(s, "state.json")));
      Report report = new Engine(List.of(rule)).run(TerraformMapper.toGraph(config), ResourceGraph.EMPTY, liveGraph,
          lastApplied, config.notes());
      return Optional.of(new RuleExample(tf.get(), live.isPresent(), state.isPresent(),
          new TextReporter(false).render(report), report.findings().size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static Optional<String> resource(Rule rule, String name) {
    try (InputStream in = rule.getClass().getResourceAsStream(rule.getClass().getSimpleName() + "/" + name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is not worth failing for
    }
  }
}
