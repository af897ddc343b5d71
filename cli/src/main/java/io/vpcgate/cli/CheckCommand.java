package io.vpcgate.cli;

import io.vpcgate.engine.LiveSource;
import io.vpcgate.engine.LiveState;
import io.vpcgate.input.InputText;
import io.vpcgate.pipeline.Pipeline;
import io.vpcgate.pipeline.TerraformInputs;

import io.vpcgate.config.ConfigReader;
import io.vpcgate.config.VpcgateConfig;
import io.vpcgate.engine.Engine;
import io.vpcgate.engine.Gate;
import io.vpcgate.engine.Memo;
import io.vpcgate.engine.RuleSettings;
import io.vpcgate.engine.Report;
import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.terraform.DirectoryListings;
import io.vpcgate.input.terraform.ModuleParses;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.rules.BuiltInRules;
import io.vpcgate.engine.Rule;
import io.vpcgate.suppress.Baseline;
import io.vpcgate.suppress.DriftIgnores;
import io.vpcgate.suppress.Suppressions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vpcgate check [DIR]}: Terraform (and live state) through every rule, one report. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a Terraform root module, against the live project (--project, --asset-scope, --asset-table) or a snapshot "
        + "when given, and report violations.")
class CheckCommand implements Callable<Integer>, ExitCodes {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "The Terraform root module (default: the current directory, unless --plan is given alone).")
  Path dir;

  @Option(names = "--plan", paramLabel = "FILE",
      description = "A plan as JSON (terraform show -json PLANFILE): its values are checked; with DIR, findings "
          + "point at the .tf lines.")
  Path plan;

  @Option(names = "--var-file", paramLabel = "FILE", description = "A .tfvars file (repeatable, in order).")
  List<Path> varFiles = new ArrayList<>();

  @Option(names = "--var", paramLabel = "K=V", description = "A variable value (repeatable).")
  List<String> vars = new ArrayList<>();

  @Option(names = "--state", paramLabel = "FILE",
      description = "Terraform state (terraform show -json, or a .tfstate): identifies the resources Terraform manages.")
  Path state;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "A JSON report of an earlier run: its findings (by rule and resource) are reported as known, not new.")
  Path baseline;

  @Option(names = "--recursive",
      description = "Check every root module under DIR, in parallel, and report them together.")
  boolean recursive;

  @Option(names = "--snapshot", paramLabel = "FILE",
      description = "Live state from a Cloud Asset Inventory export (JSON array or NDJSON, gzip when named .gz) or from "
          + "vpcgate snapshot; repeatable, and a directory is read as its shards.")
  List<Path> snapshots = new ArrayList<>();

  @Option(names = "--snapshot-complete",
      description = "Declare the --snapshot an unfiltered export: every kind counts as read for every project it holds "
          + "(otherwise a kind counts as read for a project only where the export has an asset of its API there).")
  boolean snapshotComplete;

  @Mixin LiveOptions liveOptions;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT[=FILE]", converter = ReportTarget.Converter.class,
      description = "Report format: text, json, sarif, junit, markdown or github (any case; default: text). Repeatable "
          + "with =FILE to write several reports in one run (-f text -f sarif=out.sarif -f markdown=summary.md); at most "
          + "one without =FILE, which goes to --output or stdout.")
  List<ReportTarget> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report of the -f without =FILE here ('-': stdout, the default).")
  String output;

  @Option(names = {"-q", "--quiet"}, description = "Print only the verdict line (and errors) instead of the text report.")
  boolean quiet;

  @Option(names = "--no-color", description = "No ANSI colour in the text report (as is the NO_COLOR variable).")
  boolean noColor;

  @Option(names = "--fail-on", paramLabel = "LEVEL",
      description = "Exit 4 on findings at or above: ${COMPLETION-CANDIDATES} (default: fail-on in .vpcgate.yml, "
          + "else blocking).")
  FailOn failOn;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file (default: the nearest .vpcgate.yml in DIR or a parent directory).")
  Path config;

  @Option(names = "--rules", paramLabel = "DIR",
      description = "Your own rules: a directory of YAML rule files, or one file (default: the nearest .vpcgate/rules "
          + "in DIR or a parent directory).")
  Path customRules;

  /** The organisation's own rules of this run, compiled once, while the Terraform is read. */
  CustomRuleLoad custom = CustomRuleLoad.NONE;

  @Override
  public Set<ExitCode> exitCodes() {
    return java.util.EnumSet.allOf(ExitCode.class);
  }

  @Override
  public String success() {
    return "passed: nothing at or above --fail-on";
  }

  @Override
  public Integer call() {
    if (recursive && (plan != null || state != null)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--plan and --state describe one root module; they cannot be used with --recursive");
    }
    validateLiveOptions();
    ReportOutputs.problem(formats, outputFile()).ifPresent(p -> {
      throw new CommandLine.ParameterException(spec.commandLine(), p);
    });
    if (needsLive() && snapshots.isEmpty() && !liveOptions.requested()) {
      throw new CommandLine.ParameterException(spec.commandLine(), withoutLive()
          + ": give --snapshot FILE, --project P, --asset-scope S or --asset-table T");
    }
    ReportWarmUp.start(formats);
    Path root = dir == null ? Path.of(".") : dir;
    custom = CustomRuleLoad.start(Optional.ofNullable(customRules), root);
    VpcgateConfig settings = settings(root);
    if (failOn == null) {
      failOn = settings.failOn().map(FailOn::valueOf).orElse(FailOn.blocking);
    }
    TerraformOptions options = new TerraformOptions(varFiles, variables(), System.getenv(), settings.project(), settings.region());
    // Built when the first root module has been read: the custom rules compile meanwhile. Only Markdown draws the
    // wiring, and only JUnit lists what each rule examined: the reports hold them only for those.
    boolean diagram = formats.stream().anyMatch(t -> t.format() == Format.markdown);
    boolean testCases = formats.stream().anyMatch(t -> t.format() == Format.junit);
    // The rule IDs a setting or suppression may name: the engine's own rules' (built-in and custom) and those of
    // every custom rule file.
    Supplier<Engine> engine = Memo.of(() -> new Engine(rules(), new RuleSettings(settings.disabled(),
        settings.severities(), settings.source().orElse("")), custom.definedIn().keySet())
        .reporting(diagram, testCases));
    Optional<Baseline> known = Optional.ofNullable(baseline).map(Baseline::read);
    DriftIgnores ignores = new DriftIgnores(settings.driftIgnore(), settings.source().orElse(".vpcgate.yml"));
    Report report;
    if (recursive) {
      Optional<LiveState> live = live(Set.of(), Set.of());
      DirectoryListings listings = new DirectoryListings(); // the walk's, read by the checks
      TerraformOptions listed = options.acrossRoots(listings, new ModuleParses());
      Report all = RecursiveCheck.run(root, r -> check(r, listed, live, engine), this::debug, listings);
      custom.rules(); // a rule file that did not compile failed every root alike: it is the run's one input error
      report = all;
    } else {
      report = checkOne(options, engine);
    }
    return finish(ignores.apply(known.map(b -> b.apply(report)).orElse(report)),
        ReportContext.links(settings).withCustomRules(custom.definedIn()));
  }

  /**
   * Live state from --snapshot, or read with --project / --asset-scope / --asset-table; none without
   * them. {@code terraformProjects}: the only projects an asset table is asked for (none: all).
   */
  Optional<LiveState> live(Set<String> terraformRegions, Set<String> terraformProjects) {
    if (!snapshots.isEmpty()) {
      Snapshot read = SnapshotReader.readSnapshots(snapshots, snapshotComplete);
      return Optional.of(new LiveState(read.graph(), read.coverage(), List.of(), read.notes()));
    }
    if (!liveOptions.requested()) {
      return Optional.empty();
    }
    java.io.PrintWriter progress = quiet ? new java.io.PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getErr();
    LiveSource.Result read = liveOptions.read(terraformRegions, terraformProjects, progress);
    return Optional.of(new LiveState(read.graph(), read.coverage(), read.gaps(), read.notes()));
  }

  private void validateLiveOptions() {
    if (snapshotComplete && snapshots.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--snapshot-complete describes a --snapshot; give one");
    }
    if (!snapshots.isEmpty() && liveOptions.requested()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--snapshot is live state already; it cannot be combined with --project, --asset-scope or --asset-table");
    }
    liveOptions.validate(spec.commandLine());
  }

  /** Rules besides the built-in ones (tests: a rule that throws). */
  List<Rule> moreRules = List.of();

  /** Why the command needs live state, for the usage error without it. */
  String withoutLive() {
    return spec.name() + " compares Terraform with the live project, and without it judges nothing";
  }

  /** Whether the command judges nothing without live state (drift). */
  boolean needsLive() {
    return false;
  }

  /** The rules this command runs: all of them for check. */
  List<Rule> rules() {
    List<Rule> all = new ArrayList<>(BuiltInRules.all());
    all.addAll(custom.rules());
    all.addAll(moreRules);
    return all;
  }

  /** --config, else the nearest .vpcgate.yml, else none. */
  private VpcgateConfig settings(Path root) {
    Set<String> ids = BuiltInRules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
    ids.addAll(custom.definedIn().keySet());
    return Optional.ofNullable(config).or(() -> ConfigReader.find(root))
        .map(f -> ConfigReader.read(f, ids)).orElse(VpcgateConfig.NONE);
  }

  /**
   * One root module: its HCL, or its plan (with the HCL for locations when DIR is given), and its
   * state; then live state (read in the regions the Terraform uses, among others).
   */
  Report checkOne(TerraformOptions options, Supplier<Engine> engine) {
    TerraformInputs tf = Pipeline.terraform(plan != null ? Optional.ofNullable(dir) : Optional.of(dir == null ? Path.of(".") : dir),
        Optional.ofNullable(plan).map(InputText::read), Optional.ofNullable(state).map(InputText::read), options);
    return Pipeline.check(tf, live(tf.regions(), tf.projects()), engine.get(), io.vpcgate.suppress.Suppressions.today());
  }

  private Map<String, String> variables() {
    Map<String, String> varMap = new LinkedHashMap<>();
    for (String v : vars) {
      int eq = v.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--var must be NAME=VALUE, got '" + v + "'");
      }
      varMap.put(v.substring(0, eq), v.substring(eq + 1));
    }
    return varMap;
  }

  /**
   * Writes the report and decides the exit code: unreadable input 3; live state not all read 5
   * (unless --allow-incomplete); findings at --fail-on 4; else 0.
   */
  private int finish(Report ungated, io.vpcgate.report.DocLinks links) {
    Report report = ungated.withGate(new Gate(failOn.threshold(), liveOptions.allowIncomplete));
    boolean terminal = System.console() != null && outputFile().isEmpty();
    new ReportOutputs(formats, outputFile(), quiet, terminal && !noColor && System.getenv("NO_COLOR") == null,
        links, ReportContext.paths(dir == null ? Path.of(".") : dir)).write(report, spec.commandLine().getOut(), spec.commandLine().getErr());
    report.errors().forEach(e -> spec.commandLine().getErr().println("vpcgate: " + e));
    report.incomplete().forEach(e -> spec.commandLine().getErr().println("vpcgate: " + e));
    report.skipped().forEach(s -> s.error().ifPresent(this::debug));
    return switch (report.verdict()) {
      case FAILED -> ExitCode.INPUT_ERROR.code(); // fail closed: some root module could not be read
      case INCOMPLETE -> ExitCode.INCOMPLETE.code(); // fail closed: some live state or rule could not be evaluated
      case BLOCKED -> ExitCode.FINDINGS.code();
      case PASSED -> ExitCode.OK.code();
    };
  }

  /** With --debug, the stack trace of what a rule or a root module's check threw. */
  private void debug(Throwable t) {
    CommandLine.Model.OptionSpec debug = spec.findOption("--debug");
    if (debug != null && Boolean.TRUE.equals(debug.getValue())) {
      t.printStackTrace(spec.commandLine().getErr());
    }
  }

  private static RecursiveCheck.Checked check(Path root, TerraformOptions options, Optional<LiveState> live,
      Supplier<Engine> engine) {
    TerraformInputs tf = Pipeline.terraform(Optional.of(root), Optional.empty(), Optional.empty(), options);
    return new RecursiveCheck.Checked(Pipeline.check(tf, live, engine.get(), io.vpcgate.suppress.Suppressions.today()),
        tf.config().moduleSources());
  }

  /** --output as a path; absent or '-' is stdout. */
  private Optional<Path> outputFile() {
    return output == null || output.equals("-") ? Optional.empty() : Optional.of(Path.of(output));
  }
}
