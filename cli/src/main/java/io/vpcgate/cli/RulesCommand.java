package io.vpcgate.cli;

import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.rules.BuiltInRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpcgate rules [ID]}: the catalogue, or one rule explained. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the rules, or explain one.",
    subcommands = {RulesCommand.Docs.class, RulesTestCommand.class})
final class RulesCommand implements Callable<Integer>, ExitCodes {
  @Override
  public java.util.Set<ExitCode> exitCodes() {
    java.util.EnumSet<ExitCode> codes = java.util.EnumSet.copyOf(ALWAYS);
    codes.add(ExitCode.INPUT_ERROR); // a rule file that cannot be used
    return codes;
  }


  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A rule ID (VPCC-05) or name.")
  String id;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Your own rules too: a directory of YAML rule files, or one file (default: the nearest "
          + ".vpcgate/rules in the working directory or a parent).")
  Path customRules;

  /** The built-in rules, then the organisation's own. */
  private java.util.List<Rule> all() {
    java.util.List<Rule> all = new java.util.ArrayList<>(BuiltInRules.all());
    all.addAll(CustomRuleLoad.start(Optional.ofNullable(customRules), Path.of(".")).rules());
    return all;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      java.util.List<Rule> rules = all();
      // The built-in rules' widths, widened where an organisation's ID or name is longer: the columns stay aligned.
      String row = "%-" + width(rules, 9, m -> m.id()) + "s %-" + width(rules, 40, m -> m.name()) + "s %-9s %-"
          + width(rules, 20, RulesCommand::needs) + "s %s%n";
      out.printf(row, "ID", "RULE", "SEVERITY", "NEEDS", "SUMMARY");
      for (Rule r : rules) {
        RuleMetadata m = r.metadata();
        out.printf(row, m.id(), m.name(), m.severity(), needs(m), m.summary());
      }
      out.flush();
      return ExitCode.OK.code();
    }
    Optional<Rule> rule = all().stream()
        .filter(r -> r.metadata().id().equalsIgnoreCase(id) || r.metadata().name().equalsIgnoreCase(id))
        .findFirst();
    if (rule.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no rule '" + id + "'; run 'vpcgate rules' to list them");
    }
    RuleMetadata m = rule.get().metadata();
    out.printf("%s %s: %s%n%n", m.id(), m.name(), m.summary());
    out.printf("Severity: %s%nCategory: %s%nResource types: %s%nNeeds: %s%n%s%n", m.severity(),
        m.category().jsonName(), String.join(", ", m.resourceTypes()), needs(m),
        m.custom() ? "Defined in: " + m.definedIn() + "\n" : "");
    out.print(m.explanation().strip() + "\n\n");
    RuleDocs.example(rule.get()).ifPresent(out::print);
    out.flush();
    return ExitCode.OK.code();
  }

  /** The width of a column: {@code least}, or the length of its longest value when that is longer. */
  private static int width(java.util.List<Rule> rules, int least, java.util.function.Function<RuleMetadata, String> value) {
    int width = least;
    for (Rule r : rules) {
      width = Math.max(width, value.apply(r.metadata()).length());
    }
    return width;
  }

  private static String needs(RuleMetadata m) {
    return RuleDocs.needs(m);
  }

  /** {@code vpcgate rules docs --out DIR}: writes the generated rule reference. */
  @Command(name = "docs", mixinStandardHelpOptions = true,
      description = "Write the rule reference (a page per rule with its tested example, and an index) to a directory.")
  static final class Docs implements Callable<Integer>, ExitCodes {
    @Override
    public java.util.Set<ExitCode> exitCodes() {
      java.util.EnumSet<ExitCode> codes = java.util.EnumSet.copyOf(ALWAYS);
      codes.add(ExitCode.INPUT_ERROR);
      return codes;
    }

    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the pages.")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR",
        description = "Your own rules' pages too: a directory of YAML rule files, or one file (default: none).")
    Path customRules;

    @Override
    public Integer call() {
      try {
        return write();
      } catch (IOException e) {
        throw io.vpcgate.input.IoErrors.writing(out, "the rule pages", e);
      }
    }

    private int write() throws IOException {
      Files.createDirectories(out);
      java.util.List<Rule> rules = new java.util.ArrayList<>(BuiltInRules.all());
      if (customRules != null) {
        rules.addAll(CustomRuleLoad.start(Optional.of(customRules), Path.of(".")).rules());
      }
      Map<String, String> pages = RuleDocs.render(rules);
      try (var existing = Files.list(out)) {
        for (Path p : existing.toList()) {
          if (p.toString().endsWith(".md") && !pages.containsKey(p.getFileName().toString())) {
            Files.delete(p); // a rule renamed or removed
          }
        }
      }
      for (Map.Entry<String, String> page : pages.entrySet()) {
        Files.writeString(out.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
      }
      spec.commandLine().getErr().printf("vpcgate: wrote %d pages to %s%n", pages.size(), out);
      return ExitCode.OK.code();
    }
  }

}
