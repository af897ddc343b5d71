package io.vpcgate.cli;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Rule;
import io.vpcgate.rules.BuiltInRules;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code vpcgate drift}: the same inputs as check, only the drift rules: Terraform against the live project. */
@Command(name = "drift", mixinStandardHelpOptions = true,
    description = "Report drift: where Terraform (configuration, plan or state) and the live project disagree.")
final class DriftCommand extends CheckCommand {
  @Override
  boolean needsLive() {
    return true;
  }

  @Override
  List<Rule> rules() {
    return java.util.stream.Stream.concat(BuiltInRules.all().stream(), custom.rules().stream())
        .filter(r -> r.metadata().category() == Category.DRIFT).toList();
  }
}
