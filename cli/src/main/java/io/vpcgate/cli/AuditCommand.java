package io.vpcgate.cli;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Engine;
import io.vpcgate.engine.LiveState;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Rule;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TerraformInputs;
import io.vpcgate.rules.BuiltInRules;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vpcgate audit}: the live wiring judged on its own, no Terraform needed: what exists is
 * checked as if it were the configuration (a live service's stale Redis address is WIRE-06 on that
 * service), with the wiring and capacity rules; drift, which compares Terraform with live, and the
 * validity rules, which the API already enforced on what exists, do not apply.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Audit the live wiring alone (--snapshot, --project, --asset-scope or --asset-table), no Terraform needed.")
final class AuditCommand extends CheckCommand {

  @Override
  boolean needsLive() {
    return true;
  }

  @Override
  String withoutLive() {
    return "audit judges the live project alone, and without it has nothing to judge";
  }

  /**
   * The wiring and capacity rules: drift compares Terraform with live, and what the API accepted already
   * passed its own validity checks (the VALIDITY rules judge configuration before the API sees it); and the
   * organisation's own rules but those of category drift.
   */
  @Override
  List<Rule> rules() {
    List<Rule> all = new java.util.ArrayList<>(BuiltInRules.all().stream().map(r -> java.util.Map.entry(r, r.metadata().category()))
        .filter(e -> e.getValue() != Category.DRIFT && e.getValue() != Category.VALIDITY).map(java.util.Map.Entry::getKey)
        .toList());
    // An organisation's own rules judge what they say, except drift, which needs Terraform to compare with.
    custom.rules().stream().filter(r -> r.metadata().category() != Category.DRIFT).forEach(all::add);
    return all;
  }

  @Override
  public Integer call() {
    if (dir != null || plan != null || state != null || recursive || !varFiles.isEmpty() || !vars.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "audit reads the live state alone: DIR, --plan, --state, --var, --var-file and --recursive belong to check");
    }
    return super.call();
  }

  @Override
  Report checkOne(TerraformOptions options, java.util.function.Supplier<Engine> engine) {
    LiveState live = live(Set.of(), Set.of()).orElseThrow();
    // What exists is what is judged: the live graph in the place of Terraform's desired graph.
    TerraformInputs asIs = new TerraformInputs(new TerraformConfig(List.of(), List.of()), live.graph(),
        io.vpcgate.model.ResourceGraph.EMPTY, Optional.empty(), Optional.empty());
    return Pipeline.check(asIs, Optional.of(live), engine.get(), io.vpcgate.suppress.Suppressions.today());
  }
}
