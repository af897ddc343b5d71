package io.vpcgate.cli;

import io.vpcgate.input.InputException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The composition root: the only place that exits. */
@Command(
    name = "vpcgate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Stops broken Cloud Run / VPC connector / Memorystore / Cloud SQL deploys before they happen.",
    exitCodeListHeading = "%nExit codes:%n")
public final class Main implements Runnable, ExitCodes {
  @Mixin GlobalOptions global;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, drift, audit, snapshot, rules or help");
  }

  @Override
  public java.util.Set<ExitCode> exitCodes() {
    return ALWAYS;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the CLI without exiting: tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return commandLine(out, err, null, java.util.List.of(), args).execute(args);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, reading live state through {@code live} (tests: fakes). */
  static int run(String[] args, PrintWriter out, PrintWriter err, io.vpcgate.engine.LiveSource live) {
    return commandLine(out, err, live, java.util.List.of(), args).execute(args);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter, io.vpcgate.engine.LiveSource)}, with more rules (tests). */
  static int run(String[] args, PrintWriter out, PrintWriter err, io.vpcgate.engine.LiveSource live,
      java.util.List<io.vpcgate.engine.Rule> moreRules) {
    return commandLine(out, err, live, moreRules, args).execute(args);
  }

  /** The commands, by name, in the order help lists them. */
  private static final java.util.Map<String, Class<?>> COMMANDS = commands();

  private static java.util.Map<String, Class<?>> commands() {
    java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
    m.put("check", CheckCommand.class);
    m.put("drift", DriftCommand.class);
    m.put("audit", AuditCommand.class);
    m.put("snapshot", SnapshotCommand.class);
    m.put("rules", RulesCommand.class);
    return m;
  }

  /**
   * The command line for {@code args}. picocli builds the model of every command it is given by reflection, a
   * quarter of an offline check's start-up for all six; a run that names its command gets that command alone
   * (help, a mistyped command, or none get them all, so that help and suggestions list every one).
   */
  private static CommandLine commandLine(PrintWriter out, PrintWriter err, io.vpcgate.engine.LiveSource live,
      java.util.List<io.vpcgate.engine.Rule> moreRules, String[] args) {
    CommandLine.IFactory defaults = CommandLine.defaultFactory();
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        K made = defaults.create(cls);
        if (live != null && made instanceof LiveOptions o) {
          o.source = () -> live;
        }
        if (made instanceof CheckCommand c) {
          c.moreRules = moreRules;
        }
        return made;
      }
    };
    CommandLine cmd = new CommandLine(new Main(), factory);
    String named = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
    COMMANDS.forEach((name, type) -> {
      if (named == null || named.equals(name)) {
        cmd.addSubcommand(name, new CommandLine(type, factory));
      }
    });
    if (named == null) {
      cmd.addSubcommand("help", new CommandLine(CommandLine.HelpCommand.class, factory));
    }
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    exitCodeHelp(cmd);
    cmd.setParameterExceptionHandler(Main::usageError);
    cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
      boolean debug = debugRequested(parsed);
      if (ex instanceof InputException) {
        c.getErr().println("vpcgate: " + ex.getMessage());
        if (debug) {
          ex.printStackTrace(c.getErr());
        }
        return ExitCode.INPUT_ERROR.code();
      }
      c.getErr().println("vpcgate: internal error: " + ex + "; re-run with --debug and report it");
      if (debug) {
        ex.printStackTrace(c.getErr());
      }
      return ExitCode.INTERNAL_ERROR.code();
    });
    return cmd;
  }

  /** Each command's help lists the exit codes that command can return (help itself: success or usage). */
  private static void exitCodeHelp(CommandLine cmd) {
    Object command = cmd.getCommandSpec().userObject();
    java.util.Map<String, String> list = command instanceof ExitCodes c ? ExitCode.helpList(c.exitCodes(), c.success())
        : ExitCode.helpList(java.util.EnumSet.of(ExitCode.OK, ExitCode.USAGE), "success");
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(list);
    cmd.getSubcommands().values().forEach(Main::exitCodeHelp);
  }

  private static boolean debugRequested(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  private static int usageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine c = ex.getCommandLine();
    PrintWriter err = c.getErr();
    err.println("vpcgate: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(c.getHelp().fullSynopsis());
    err.printf("Run '%s --help' for more information.%n", c.getCommandSpec().qualifiedName());
    return ExitCode.USAGE.code();
  }
}
