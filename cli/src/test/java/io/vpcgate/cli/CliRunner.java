package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vpcgate.engine.LiveSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

/** Runs the CLI in-process and keeps what it printed. */
record CliRunner(int code, String out, String err) {
  static CliRunner run(String... args) {
    return run(null, args);
  }

  /** With live state read through {@code live} (the real clients against fakes), or the default source if null. */
  static CliRunner run(LiveSource live, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), live);
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** With rules besides the built-in ones. */
  static CliRunner withRules(java.util.List<io.vpcgate.engine.Rule> rules, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), null, rules);
    return new CliRunner(code, out.toString(), err.toString());
  }

  /** As {@link #run(String...)}, failing the test if the run takes longer than {@code limit} (a hang). */
  static CliRunner within(Duration limit, String... args) {
    return assertTimeoutPreemptively(limit, () -> run(args), () -> "no answer within " + limit);
  }
}
