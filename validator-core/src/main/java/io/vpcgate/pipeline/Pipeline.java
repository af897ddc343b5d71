package io.vpcgate.pipeline;

import io.vpcgate.engine.Engine;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.input.InputText;
import io.vpcgate.input.plan.PlanReader;
import io.vpcgate.input.plan.ReadPlan;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateIdentity;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.state.TerraformState;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.suppress.Suppressions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one way inputs become a report, for the CLI, the rule tests and the rule pages alike:
 * Terraform (HCL, plan, state) → the desired graph; live state → the live graph; both → the
 * engine; then the suppression comments of the .tf files that were read.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * Reads a root module: its HCL when {@code dir} is given; the plan's values when {@code plan} is
   * (with the HCL for .tf locations); state for the identity the configuration cannot know and as
   * what the last apply made true. A plan's prior state is kept apart from {@code --state}: it is
   * evidence of what exists, never the baseline drift is measured from (a refreshed plan's prior
   * state already holds the drift).
   */
  public static TerraformInputs terraform(Optional<Path> dir, Optional<InputText> plan, Optional<InputText> state,
      TerraformOptions options) {
    Optional<TerraformState> tfState = state.map(s -> StateReader.parse(s.text(), s.name()));
    Optional<TerraformConfig> hcl = dir.map(d -> TerraformReader.read(d, options));
    Optional<ReadPlan> readPlan = plan.map(p -> PlanReader.parsePlan(p.text(), p.name(), hcl));
    TerraformConfig read = readPlan.map(ReadPlan::config)
        .orElseGet(() -> hcl.orElseThrow(() -> new IllegalArgumentException("neither a directory nor a plan")));
    TerraformConfig config = tfState.map(s -> StateIdentity.fill(read, s)).orElse(read);
    return new TerraformInputs(config, TerraformMapper.toGraph(config), TerraformMapper.deleted(config),
        tfState.map(StateGraph::of), readPlan.flatMap(ReadPlan::priorState).map(StateGraph::of));
  }

  /** The projects the Terraform's resources are in that the live read covered nothing of. */
  private static java.util.Set<String> uncoveredProjects(TerraformInputs tf, LiveState live) {
    java.util.Set<String> covered = live.coverage().projects();
    return tf.desired().resources().stream().flatMap(r -> r.id().project().known().stream())
        .filter(p -> !covered.contains(p)).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Runs the engine over the Terraform and the live state, then applies the .tf files' suppression comments. */
  public static Report check(TerraformInputs tf, Optional<LiveState> live, Engine engine, LocalDate today) {
    List<String> notes = new ArrayList<>(tf.notes());
    live.ifPresent(l -> notes.addAll(l.notes()));
    live.ifPresent(l -> uncoveredProjects(tf, l).forEach(p -> notes.add("the live state holds nothing of project " + p
        + " (a snapshot of another project or environment?): what needs it there is not evaluated")));
    Report report = engine.run(tf.desired(), tf.deleted(), live, tf.lastApplied(), tf.planPrior(), notes)
        .withIncomplete(tf.config().unread()); // a module not downloaded: its resources were not checked
    return Suppressions.apply(report, tf.config().suppressionSources(), today, engine.catalogue());
  }
}
