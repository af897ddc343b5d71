package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar, run as users run it (bin/vpcgate), on the samples. */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "vpcgate.jar");

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) throws IOException, InterruptedException {
    return run(java.util.Map.of(), args);
  }

  private static Run run(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void launcherWithAStaleClassDataArchive_keepsStdoutAReportAndStderrQuiet(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path jar = Files.copy(JAR, dir.resolve("vpcgate.jar"));
    Files.write(dir.resolve("vpcgate.jsa"), new byte[] {1, 2, 3}); // not an archive, or one of another build
    Path sample = Path.of("..", "samples", "staging-incident");
    ProcessBuilder pb = new ProcessBuilder("sh", Path.of("..", "src", "dist", "vpcgate").toString(), "check",
        sample.resolve("terraform").toString(), "--snapshot", sample.resolve("live.json").toString(), "--format", "json");
    pb.environment().put("VPCGATE_JAR", jar.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(4, p.exitValue(), err);
    assertEquals("", err);
    assertEquals(7, CheckCommandTest.JSON.readTree(out).get("summary").get("blocking").asInt(), out);
  }

  /**
   * The launcher's two class data sharing archives: a run with custom rules (--rules, `rules test`, a
   * .vpcgate/rules beside or above a path given) writes and uses vpcgate-rules.jsa, any other vpcgate.jsa; a
   * stale one of either costs nothing but time; without the former, a run with custom rules uses the latter.
   */
  @Test
  void launcherPicksTheArchiveOfARunWithCustomRules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path jar = Files.copy(JAR, dir.resolve("vpcgate.jar"));
    Path custom = Path.of("..", "samples", "custom-rules");
    Path incident = Path.of("..", "samples", "staging-incident", "terraform");
    assertEquals(4, launch(jar, true, "check", incident.toString()).code());
    assertTrue(Files.exists(dir.resolve("vpcgate.jsa")) && !Files.exists(dir.resolve("vpcgate-rules.jsa")));
    Files.delete(dir.resolve("vpcgate.jsa"));
    assertEquals(4, launch(jar, true, "check", custom.resolve("terraform").toString()).code()); // finds .vpcgate/rules above
    assertTrue(Files.exists(dir.resolve("vpcgate-rules.jsa")) && !Files.exists(dir.resolve("vpcgate.jsa")));
    Files.delete(dir.resolve("vpcgate-rules.jsa"));
    assertEquals(4, launch(jar, true, "check", incident.toString(), "--rules=" + dir).code()); // a folder of no rules
    assertTrue(Files.exists(dir.resolve("vpcgate-rules.jsa")));
    Files.write(dir.resolve("vpcgate-rules.jsa"), new byte[] {1, 2, 3});
    Run r = launch(jar, false, "rules", "test", custom.resolve(".vpcgate/rules").toString());
    assertEquals(0, r.code(), r.err());
    assertEquals("", r.err());
    // Without an archive of its own (a release install writes none), a run with custom rules uses the plain one.
    Files.delete(dir.resolve("vpcgate-rules.jsa"));
    assertEquals(4, launch(jar, true, "check", incident.toString()).code());
    Path log = dir.resolve("classes.log");
    assertEquals(4, launch(jar, false, loggingClassesTo(log), "check", custom.resolve("terraform").toString()).code());
    assertTrue(Files.readString(log).contains("io.vpcgate.cli.Main source: shared objects file"),
        "the run with custom rules used the plain archive");
  }

  /**
   * An archive's training may run several commands in one JVM (--then): the archive then holds the classes of each,
   * here a recursive check's, which a check of one root never loads; a run uses it with the jar as before.
   */
  @Test
  void trainingOfSeveralCommandsArchivesTheClassesOfEach(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path jar = Files.copy(JAR, dir.resolve("vpcgate.jar"));
    Path incident = Path.of("..", "samples", "staging-incident", "terraform");
    Path samples = Path.of("..", "samples");
    Run training = launch(jar, true, "check", incident.toString(), "--then", "check", "--recursive", samples.toString(),
        "--format", "json");
    assertEquals(4, training.code(), training.err());
    assertTrue(training.out().contains("\"roots\""), "the last command's report is printed: " + training.out());
    assertTrue(Files.exists(dir.resolve("vpcgate.jsa")));
    Path log = dir.resolve("classes.log");
    Run r = launch(jar, false, loggingClassesTo(log), "check", "--recursive", samples.toString());
    assertEquals(4, r.code(), r.err());
    assertEquals("", r.err());
    String loaded = Files.readString(log);
    assertTrue(loaded.contains("io.vpcgate.cli.RecursiveCheck source: shared objects file"), "not archived");
    assertTrue(loaded.contains("io.vpcgate.cli.Main source: shared objects file"), "not archived");
    assertFalse(loaded.contains("io.vpcgate.cli.CdsTraining"), "a check ran the training class");
  }

  /**
   * Installed under a path with a space ("My Tools"): the archive is written and the check runs, quietly (the
   * launcher split the archive's path at the space, and the JVM took "Tools/vpcgate.jsa" for its main class).
   * Java 17 then maps only the JDK's part of the archive (it does not match a class path with a space to the jar).
   */
  @Test
  void launcherUnderAPathWithASpace(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("My Tools"));
    Path jar = Files.copy(JAR, dir.resolve("vpcgate.jar"));
    String incident = Path.of("..", "samples", "staging-incident", "terraform").toString();
    Run dump = launch(jar, true, "check", incident);
    assertEquals(4, dump.code(), dump.err());
    assertTrue(Files.exists(dir.resolve("vpcgate.jsa")));
    Run r = launch(jar, false, "check", incident, "--format", "json");
    assertEquals(4, r.code(), r.err());
    assertEquals("", r.err());
    assertEquals("blocked", CheckCommandTest.JSON.readTree(r.out()).get("summary").get("verdict").asText(), r.out());
  }

  /** The launcher's own JVM options, and the classes loaded, with where from, logged to {@code log}. */
  private static java.util.Map<String, String> loggingClassesTo(Path log) {
    return java.util.Map.of("VPCGATE_JAVA_OPTS",
        "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:class+load:file=" + log);
  }

  private static Run launch(Path jar, boolean dump, String... args) throws IOException, InterruptedException {
    return launch(jar, dump, java.util.Map.of(), args);
  }

  private static Run launch(Path jar, boolean dump, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("sh", Path.of("..", "src", "dist", "vpcgate").toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("VPCGATE_JAR", jar.toString());
    pb.environment().putAll(env);
    if (dump) {
      pb.environment().put("VPCGATE_CDS_DUMP", "1");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(p.exitValue(), out, err);
  }

  /**
   * CEL (and the custom rules, protobuf and Guava it brings) loads only when a rule file exists: a check without
   * one loads none of it; the custom-rules sample, through the shaded jar, loads it and gives its expected report.
   */
  @Test
  void celLoadsOnlyWithARuleFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path log = dir.resolve("without.log");
    Path incident = Path.of("..", "samples", "staging-incident", "terraform");
    assertEquals(4, java("-Xlog:class+load=info:file=" + log, "check", incident.toString()));
    String without = Files.readString(log);
    assertTrue(without.contains("io.vpcgate.rules.BuiltInRules"), "the log lists the classes loaded");
    assertFalse(without.contains("dev.cel."), "a check without rule files loaded CEL");
    assertFalse(without.contains("io.vpcgate.custom."), "a check without rule files loaded the custom rules");
    assertFalse(without.contains("com.google.protobuf."), "a check without rule files loaded protobuf");
    assertFalse(without.contains("java.lang.runtime.ObjectMethods"), "a record's generated equals or hashCode ran: it"
        + " links method handles at first use, tens of milliseconds of start-up; write the record's equality out");
    Path with = dir.resolve("with.log");
    Path sample = Path.of("..", "samples", "custom-rules");
    assertEquals(4, java("-Xlog:class+load=info:file=" + with, "check", sample.resolve("terraform").toString()));
    assertTrue(Files.readString(with).contains("dev.cel.runtime."), "the custom rules ran on CEL");
  }

  /** One protobuf-java and one Guava in the release: vpcgate.jar's, which the Google Cloud jar's class loader asks first. */
  @Test
  void theGoogleCloudJarLeavesProtobufAndGuavaToTheMainJar() throws Exception {
    try (java.util.zip.ZipFile main = new java.util.zip.ZipFile(JAR.toFile());
        java.util.zip.ZipFile gcp = new java.util.zip.ZipFile(Path.of("target", "vpcgate-gcp.jar").toFile())) {
      for (String c : List.of("com/google/protobuf/Message.class", "com/google/common/collect/ImmutableList.class",
          "dev/cel/bundle/Cel.class")) {
        assertTrue(main.getEntry(c) != null, c + " in vpcgate.jar");
        assertTrue(gcp.getEntry(c) == null, c + " also in vpcgate-gcp.jar");
      }
      assertTrue(gcp.getEntry("com/google/cloud/run/v2/ServicesClient.class") != null);
    }
  }

  /**
   * A record's generated equals or hashCode links method handles at its first use, 30 to 40 ms of a check that
   * takes 300: the paths of the bundled samples (a plan, a live state, Direct VPC, AlloyDB and Private Service
   * Connect, custom rules, an audit, a recursive check) run none.
   */
  @Test
  void samplesRunNoRecordsGeneratedEquality(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path samples = Path.of("..", "samples");
    Path incident = samples.resolve("staging-incident");
    Path jobs = samples.resolve("functions-and-jobs");
    Path psc = samples.resolve("psc-data-stores");
    List<List<String>> commands = List.of(
        List.of("check", incident.resolve("terraform").toString(), "--plan", incident.resolve("plan.json").toString(),
            "--snapshot", incident.resolve("live.json").toString()),
        List.of("check", jobs.resolve("terraform").toString(), "--snapshot", jobs.resolve("live.json").toString()),
        List.of("check", psc.resolve("terraform").toString(), "--snapshot", psc.resolve("live.json").toString()),
        List.of("check", samples.resolve("custom-rules").resolve("terraform").toString()),
        List.of("check", "--recursive", samples.resolve("monorepo").toString()),
        List.of("audit", "--snapshot", incident.resolve("live.json").toString()));
    for (List<String> command : commands) {
      Path log = dir.resolve("classes-" + commands.indexOf(command) + ".log");
      assertEquals(4, java("-Xlog:class+load=info:file=" + log, command.toArray(String[]::new)), command.toString());
      assertFalse(Files.readString(log).contains("java.lang.runtime.ObjectMethods"), "a record's generated equals or "
          + "hashCode ran in " + command + ": write it out (the bootstrap's stack: async-profiler's "
          + "event=java.lang.runtime.ObjectMethods.bootstrap)");
    }
  }

  /**
   * The same for every rule's fixture (each file checked on its own, with the rule's live state where it has one),
   * all in one JVM, as an archive's training runs them: no rule's path runs a record's generated equality either.
   */
  @Test
  void ruleFixturesRunNoRecordsGeneratedEquality(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    List<Path> fixtures;
    try (var files = Files.walk(Path.of("..", "rules", "src", "test", "resources"))) {
      fixtures = files.filter(f -> f.toString().endsWith(".tf")).sorted().toList();
    }
    assertTrue(fixtures.size() > 100, "fixtures found: " + fixtures.size());
    List<String> args = new ArrayList<>();
    for (int i = 0; i < fixtures.size(); i++) {
      Path alone = Files.createDirectories(dir.resolve("f" + i));
      Files.copy(fixtures.get(i), alone.resolve("main.tf"));
      args.addAll(List.of(CdsTraining.THEN, "check", alone.toString(), "--format", "json", "--output",
          alone.resolve("report.json").toString()));
      Path live = fixtures.get(i).resolveSibling("live.json");
      if (Files.exists(live)) {
        args.addAll(List.of("--snapshot", live.toString()));
      }
    }
    Path log = dir.resolve("classes.log");
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", JAR.toString(), CdsTraining.class.getName()));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    for (int i = 0; i < fixtures.size(); i++) {
      assertTrue(Files.exists(dir.resolve("f" + i).resolve("report.json")), "not checked: " + fixtures.get(i));
    }
    assertFalse(Files.readString(log).contains("java.lang.runtime.ObjectMethods"), "a record's generated equals or "
        + "hashCode ran on a rule's fixture: write it out (find it with async-profiler's "
        + "event=java.lang.runtime.ObjectMethods.bootstrap, each fixture on its own)");
  }

  private static int java(String jvmOption, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        jvmOption, "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return p.exitValue();
  }

  @Test
  void incidentSample_exits4WithTheExpectedFindings() throws Exception {
    Path sample = Path.of("..", "samples", "staging-incident");
    Run r = run("check", sample.resolve("terraform").toString(), "--snapshot", sample.resolve("live.json").toString(),
        "--format", "json");
    assertEquals(4, r.code(), r.err());
    assertEquals(CheckCommandTest.withoutVersion(Files.readString(sample.resolve("expected.json"))),
        CheckCommandTest.withoutVersion(r.out()));
    assertFalse(CheckCommandTest.JSON.readTree(r.out()).get("tool").get("version").asText().contains("${"),
        "the version is filtered in at build time");
  }

  @Test
  void liveStateWithoutCredentials_failsFastWithOneLineOnHowToAuthenticate(@org.junit.jupiter.api.io.TempDir Path home)
      throws Exception {
    ProcessBuilder probe = new ProcessBuilder();
    java.util.Map<String, String> env = new java.util.HashMap<>();
    env.put("HOME", home.toString());
    env.put("CLOUDSDK_CONFIG", home.resolve("gcloud").toString());
    env.put("GOOGLE_APPLICATION_CREDENTIALS", "");
    probe.environment().keySet().stream().filter(k -> k.startsWith("GOOGLE_") || k.startsWith("GCE_")).forEach(k -> env.put(k, ""));
    Path sample = Path.of("..", "samples", "staging-incident");
    Run r = run(env, "check", sample.resolve("terraform").toString(), "--project", "acme-staging");
    assertEquals(3, r.code(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("gcloud auth application-default login"), r.err());
    assertEquals("", r.out(), "no report: nothing was checked against live state");
  }

  @Test
  void liveRead_throughTheGoogleCloudJar_givesTheSnapshotsFindings() throws Exception {
    assertTrue(Files.isRegularFile(Path.of("target", LiveSources.GCP_JAR)), "the Google Cloud reader ships beside the jar");
    Path sample = Path.of("..", "samples", "staging-incident");
    try (io.vpcgate.gcp.FakeGcp gcp = new io.vpcgate.gcp.FakeGcp().load(LiveCheckTest.incidentLiveWithV2Service(sample))) {
      Run live = run(gcp.environment(), "check", sample.resolve("terraform").toString(), "--project", "acme-staging",
          "--format", "json");
      assertEquals(4, live.code(), live.err());
      assertEquals(CheckCommandTest.withoutVersion(Files.readString(sample.resolve("expected.json"))).get("findings"),
          CheckCommandTest.withoutVersion(live.out()).get("findings"));
      assertTrue(gcp.behaviour().called().stream().anyMatch(m -> m.contains("ListServices")), "gRPC over loopback TCP");
      assertTrue(gcp.behaviour().called().stream().anyMatch(m -> m.startsWith("GET /compute/v1/")), "REST over loopback");
    }
  }

  @Test
  void customRulesSample_throughTheShadedJar_givesItsExpectedReport() throws Exception {
    Path sample = Path.of("..", "samples", "custom-rules");
    Run r = run("check", sample.resolve("terraform").toString(), "--format", "json");
    assertEquals(4, r.code(), r.err());
    assertEquals(CheckCommandTest.withoutVersion(Files.readString(sample.resolve("expected.json"))),
        CheckCommandTest.withoutVersion(r.out()));
    Run tests = run("rules", "test", sample.resolve(".vpcgate").resolve("rules").toString());
    assertEquals(0, tests.code(), tests.out() + tests.err());
    assertTrue(tests.out().contains(" 0 failed"), tests.out());
  }

  @Test
  void version_andInputErrorsThroughTheRealProcess() throws Exception {
    Run v = run("--version");
    assertEquals(0, v.code());
    assertTrue(v.out().startsWith("vpcgate "), v.out());
    Run missing = run("check", "no/such/dir");
    assertEquals(3, missing.code());
    assertEquals("vpcgate: no/such/dir: no such directory", missing.err().strip());
  }
}
