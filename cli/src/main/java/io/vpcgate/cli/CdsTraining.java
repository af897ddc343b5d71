package io.vpcgate.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training run of a class data sharing archive: several vpcgate commands run one after the other in one JVM,
 * so that the archive the JVM writes when it exits holds the classes of all of them (a dynamic archive is written
 * by one run). The launcher runs this instead of {@link Main} when it is asked to write an archive; the commands'
 * arguments are separated by {@code --then}, for example {@code check DIR --plan P --then check --recursive DIR}.
 * A check of one root module and a recursive one load different classes (the roots' search, the pool that checks
 * them, the reports moved under their roots and combined, and the lambdas of each): a lambda missing from the
 * archive is spun at run time, about a third of a millisecond each. The exit code is that of the first command that
 * failed (a bug, its usage or its input), else the last one's: with one command, as {@link Main}'s.
 */
public final class CdsTraining {
  static final String THEN = "--then";

  private CdsTraining() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(exitCode(commands(args), command -> Main.run(command, out, err)));
  }

  /** Runs each command; the code of the first that failed, else of the last (0 for none). */
  static int exitCode(List<String[]> commands, java.util.function.ToIntFunction<String[]> run) {
    int last = ExitCode.OK.code();
    for (String[] command : commands) {
      last = run.applyAsInt(command);
      if (last == ExitCode.INTERNAL_ERROR.code() || last == ExitCode.USAGE.code()
          || last == ExitCode.INPUT_ERROR.code()) {
        return last;
      }
    }
    return last;
  }

  /** The commands in {@code args}, split at each {@code --then}; an empty one is left out. */
  static List<String[]> commands(String[] args) {
    List<String[]> commands = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= args.length; i++) {
      if (i == args.length || args[i].equals(THEN)) {
        if (i > start) {
          commands.add(Arrays.copyOfRange(args, start, i));
        }
        start = i + 1;
      }
    }
    return commands;
  }
}
