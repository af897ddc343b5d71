package io.vpcgate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Property-based fuzzing of every input vpcgate reads: the tested fixtures and samples, mutated
 * (see {@link Mutator}), fed to the CLI in process. Whatever the input, the run ends in a report or a
 * clean input error (see {@link Outcome}), within the time limit, without an uncaught exception or a
 * stack overflow. The number of cases is jqwik's {@code tries}; the seed is printed on failure.
 */
class InputFuzzTest {
  private static final Duration LIMIT = Duration.ofSeconds(30);
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path SAMPLE = ROOT.resolve("samples/staging-incident");
  private static final List<byte[]> TF = seeds("glob:**/*.tf");
  private static final List<byte[]> TFVARS = seeds("glob:**/*.tfvars");
  private static final List<byte[]> PLANS = seeds("glob:**/plan.json");
  private static final List<byte[]> STATES = seeds("glob:**/state.json");
  private static final List<byte[]> SNAPSHOTS = seeds("glob:**/live*.json");

  private Path dir;

  @BeforeTry
  void makeDir() throws IOException {
    dir = Files.createTempDirectory("vpcgate-fuzz");
  }

  @AfterTry
  void removeDir() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 600)
  void terraformFiles(@ForAll("tfSeed") byte[] main, @ForAll("tfSeed") byte[] other, @ForAll Random random,
      @ForAll Format format) throws IOException {
    Mutator m = new Mutator(random);
    Files.write(dir.resolve("main.tf"), m.text(main));
    Files.write(dir.resolve("other.tf"), random.nextBoolean() ? other : m.text(other));
    Outcome.assertClean(run("check", dir.toString(), "--format", format.name()));
  }

  @Property(tries = 300)
  void tfvarsFiles(@ForAll("tfvarsSeed") byte[] vars, @ForAll Random random) throws IOException {
    copyTerraform(dir);
    Files.write(dir.resolve("terraform.tfvars"), new Mutator(random).text(vars));
    Outcome.assertClean(run("check", dir.toString()));
  }

  @Property(tries = 300)
  void planJson(@ForAll("planSeed") byte[] plan, @ForAll Random random, @ForAll Format format) throws IOException {
    Path p = dir.resolve("plan.json");
    Files.write(p, new Mutator(random).json(plan));
    Outcome.assertClean(run("check", SAMPLE.resolve("terraform").toString(), "--plan", p.toString(),
        "--snapshot", SAMPLE.resolve("live.json").toString(), "--format", format.name()));
  }

  @Property(tries = 400)
  void snapshotJson(@ForAll("snapshotSeed") byte[] snapshot, @ForAll Random random, @ForAll Format format)
      throws IOException {
    Path p = dir.resolve("live.json");
    Files.write(p, new Mutator(random).json(snapshot));
    Outcome.assertClean(run("check", SAMPLE.resolve("terraform").toString(), "--snapshot", p.toString(),
        "--format", format.name()));
  }

  @Property(tries = 200)
  void stateJsonInADriftAudit(@ForAll("stateSeed") byte[] state, @ForAll Random random) throws IOException {
    Path p = dir.resolve("state.json");
    Files.write(p, new Mutator(random).json(state));
    Outcome.assertClean(run("drift", SAMPLE.resolve("terraform").toString(), "--snapshot",
        SAMPLE.resolve("live.json").toString(), "--state", p.toString()));
  }

  /** Locals and modules that refer to each other at random, cycles included, modules with count. */
  @Property(tries = 200)
  void cyclesBetweenLocalsAndModules(@ForAll Random random) throws IOException {
    new ReferenceTangle(random).write(dir);
    Outcome.assertClean(run("check", dir.resolve("m0").toString()));
  }

  @Provide
  Arbitrary<byte[]> tfSeed() {
    return Arbitraries.of(TF);
  }

  @Provide
  Arbitrary<byte[]> tfvarsSeed() {
    return Arbitraries.of(TFVARS);
  }

  @Provide
  Arbitrary<byte[]> planSeed() {
    return Arbitraries.of(PLANS);
  }

  @Provide
  Arbitrary<byte[]> stateSeed() {
    return Arbitraries.of(STATES);
  }

  @Provide
  Arbitrary<byte[]> snapshotSeed() {
    return Arbitraries.of(SNAPSHOTS);
  }

  private static CliRunner run(String... args) {
    CliRunner r = CliRunner.within(LIMIT, args);
    Statistics.collect("exit " + r.code());
    if (r.code() == 1) { // an internal error: the same run again, with the stack trace in the failure's message
      String[] debug = java.util.Arrays.copyOf(args, args.length + 1);
      debug[args.length] = "--debug";
      r = CliRunner.run(debug);
    }
    return r;
  }

  private static void copyTerraform(Path to) throws IOException {
    try (Stream<Path> s = Files.list(SAMPLE.resolve("terraform"))) {
      for (Path f : s.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
  }

  private static List<byte[]> seeds(String glob) {
    var matcher = ROOT.getFileSystem().getPathMatcher(glob);
    List<byte[]> out = new ArrayList<>();
    for (Path top : List.of(ROOT.resolve("rules/src/test/resources"), ROOT.resolve("samples"))) {
      try (Stream<Path> s = Files.walk(top)) {
        for (Path f : s.filter(matcher::matches).sorted().toList()) {
          out.add(Files.readAllBytes(f));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no seeds for " + glob);
    }
    return out;
  }
}
