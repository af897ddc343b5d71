package io.driftgate.cli;

import io.driftgate.engine.Input;
import io.driftgate.engine.Rule;
import io.driftgate.engine.RuleMetadata;
import io.driftgate.rules.BuiltInRules;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code driftgate rules [ID]}: the catalogue, or one rule explained. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules, or explain one.")
final class RulesCommand implements Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A rule ID (VPCC-05) or name.")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      out.printf("%-9s %-40s %-9s %-13s %s%n", "ID", "RULE", "SEVERITY", "NEEDS", "SUMMARY");
      for (Rule r : BuiltInRules.all()) {
        RuleMetadata m = RuleMetadata.of(r);
        out.printf("%-9s %-40s %-9s %-13s %s%n", m.id(), m.name(), m.severity(), needs(m), m.summary());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    Optional<Rule> rule = BuiltInRules.all().stream()
        .filter(r -> RuleMetadata.of(r).id().equalsIgnoreCase(id) || RuleMetadata.of(r).name().equalsIgnoreCase(id))
        .findFirst();
    if (rule.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no rule '" + id + "'; run 'driftgate rules' to list them");
    }
    RuleMetadata m = RuleMetadata.of(rule.get());
    out.printf("%s %s: %s%n%n", m.id(), m.name(), m.summary());
    out.printf("Severity: %s%nCategory: %s%nResource types: %s%nNeeds: %s%n%n", m.severity(),
        m.category().jsonName(), String.join(", ", m.resourceTypes()), needs(m));
    out.print(m.explanation());
    out.flush();
    return ExitCode.OK.code();
  }

  private static String needs(RuleMetadata m) {
    return m.requires().contains(Input.LIVE) ? "terraform+live" : "terraform";
  }

}
