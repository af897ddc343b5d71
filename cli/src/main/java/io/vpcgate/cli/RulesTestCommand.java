package io.vpcgate.cli;

import io.vpcgate.custom.RuleTests;
import io.vpcgate.engine.Rule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vpcgate rules test [PATH]}: runs the tests written with an organisation's own rules, so that
 * its policies are under CI like its code: each result, then a summary; exit 0 when every test passed,
 * 4 when one failed or nothing was tested.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the tests of your own rules (PATH: a rules directory or file; default: the nearest "
        + ".vpcgate/rules in the working directory or a parent).")
final class RulesTestCommand implements Callable<Integer>, ExitCodes {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "A rules directory or file.")
  Path path;

  @Override
  public Set<ExitCode> exitCodes() {
    EnumSet<ExitCode> codes = EnumSet.copyOf(ALWAYS);
    codes.add(ExitCode.INPUT_ERROR);
    codes.add(ExitCode.FINDINGS);
    return codes;
  }

  @Override
  public String success() {
    return "every test passed";
  }

  @Override
  public Integer call() {
    List<Path> files = CustomRuleFiles.find(Optional.ofNullable(path), Path.of("."));
    if (files.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no rule files: give PATH, or put them in "
          + CustomRuleFiles.DIR);
    }
    List<Rule> rules = io.vpcgate.custom.CustomRules.load(files, CustomRuleFiles.builtInIds());
    List<RuleTests.Result> results = RuleTests.run(rules);
    PrintWriter out = spec.commandLine().getOut();
    for (RuleTests.Result r : results) {
      out.printf("%s %s: %s (%s)%n", r.passed() ? "PASS" : "FAIL", r.ruleId(), r.test(), r.definedAt());
      r.failures().forEach(f -> out.println("  - " + f));
      r.notEvaluated().forEach(n -> out.println("  not evaluated: " + n));
    }
    long failed = results.stream().filter(r -> !r.passed()).count();
    long untested = RuleTests.untested(rules);
    out.printf("%d test%s: %d passed, %d failed%s%n", results.size(), results.size() == 1 ? "" : "s",
        results.size() - failed, failed, untested == 0 ? "" : "; " + untested + " rule" + (untested == 1 ? "" : "s")
            + " without tests");
    if (results.isEmpty()) {
      out.println("nothing was tested: add tests: to your rules");
    }
    out.flush();
    return failed == 0 && !results.isEmpty() ? ExitCode.OK.code() : ExitCode.FINDINGS.code();
  }
}
