package io.vpcgate.bench.hcl4j;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.bertramlabs.plugins.hcl4j.symbols.Symbol;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.Expr;
import io.vpcgate.input.hcl.HclParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HCL4j against our parser on real Terraform, file by file: parse rate (and hcl2json's, from the
 * JSON that bench/hcl2json/convert.mjs writes), top-level structure, positions, side effects and
 * warm parse time in one JVM. Usage:
 *
 * <pre>Hcl4jMeasurement [--hcl2json FILE] [--warmups N] [--rounds N] [--timeout-ms N] DIR...</pre>
 *
 * <p>HCL4j never reaches the network here: every data lookup it has (only {@code http}, which does a
 * real HTTP request during the parse) is replaced by a no-op that counts its calls. Measurement
 * tooling only; see docs/hcl4j-measurement.md.
 */
public final class Hcl4jMeasurement {
  private static final PrintStream OUT = System.out;
  private static final PrintStream ERR = System.err;
  private static final PrintStream SINK = new PrintStream(OutputStream.nullOutputStream());

  private Hcl4jMeasurement() {}

  /** HCL4j's parser with every data lookup replaced by a no-op and every function counted. */
  static final class MeasuredParser extends HCLParser {
    final Map<String, Integer> functionCalls = new TreeMap<>();
    final Map<String, Integer> lookups = new TreeMap<>();

    MeasuredParser() {
      super();
      dataLookupRegistry.replaceAll((name, lookup) -> arguments -> {
        lookups.merge(name, 1, Integer::sum);
        return new LinkedHashMap<>(arguments);
      });
      functionRegistry.replaceAll((name, function) -> arguments -> {
        functionCalls.merge(name, 1, Integer::sum);
        return function.method(arguments);
      });
    }

    Set<String> lookupNames() {
      return dataLookupRegistry.keySet();
    }
  }

  record Source(Path path, String corpus, String text, long bytes) {}

  static final class Result {
    final Source src;
    Body ours;
    String oursError;
    Map<String, Object> hcl4j;
    Throwable hcl4jError;
    boolean timeout;
    String stdout = "";
    String stderr = "";
    Boolean hcl2json;
    String hcl2jsonError;
    Map<String, Integer> functionCalls = Map.of();
    Map<String, Integer> lookups = Map.of();

    Result(Source src) {
      this.src = src;
    }

    boolean hcl4jOk() {
      return hcl4j != null;
    }
  }

  public static void main(String[] args) throws Exception {
    Path reference = null;
    int rounds = 10;
    int warmups = 5;
    long timeoutMs = 20_000;
    List<String> dirs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--hcl2json" -> reference = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmups" -> warmups = Integer.parseInt(args[++i]);
        case "--timeout-ms" -> timeoutMs = Long.parseLong(args[++i]);
        default -> dirs.add(args[i]);
      }
    }
    if (dirs.isEmpty()) {
      ERR.println("usage: Hcl4jMeasurement [--hcl2json FILE] [--warmups N] [--rounds N] [--timeout-ms N] DIR...");
      System.exit(2);
    }

    List<Source> sources = new ArrayList<>();
    for (String dir : dirs) {
      Path root = Path.of(dir).toAbsolutePath().normalize();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".tf")).filter(Files::isRegularFile)
            .sorted().toList()) {
          byte[] raw = Files.readAllBytes(p);
          sources.add(new Source(p, root.getFileName().toString(),
              new String(raw, StandardCharsets.UTF_8), raw.length));
        }
      }
    }
    Map<Path, String[]> hcl2json = reference == null ? Map.of() : readHcl2json(reference);

    // Pass 1: what each parser makes of each file (this is also the warm-up for the timed passes).
    List<Result> results = new ArrayList<>();
    for (Source s : sources) {
      Result r = new Result(s);
      try {
        r.ours = HclParser.parse(s.text());
      } catch (RuntimeException e) {
        r.oursError = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      parseWithHcl4j(r, timeoutMs);
      String[] ref = hcl2json.get(s.path());
      if (ref != null) {
        r.hcl2json = ref[0] == null;
        r.hcl2jsonError = ref[0];
      }
      results.add(r);
    }

    long bytes = sources.stream().mapToLong(Source::bytes).sum();
    OUT.printf("# HCL4j measurement%n%n");
    OUT.printf("HCL4j: %s; our parser: io.vpcgate.input.hcl.HclParser; JVM: %s %s%n",
        jarName(HCLParser.class), System.getProperty("java.vm.name"), System.getProperty("java.version"));
    OUT.printf("Corpus: %d .tf files, %,d bytes, in %s%n%n", sources.size(), bytes, String.join(" ", dirs));
    printParseRates(results, dirs, reference != null);
    printFailures(results);
    printStructure(results);
    printPositions(results);
    printSideEffects(results);
    printProbes();
    printSpeed(results, warmups, rounds);
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing

  private static void parseWithHcl4j(Result r, long timeoutMs) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicReference<Object> outcome = new AtomicReference<>();
    MeasuredParser parser = new MeasuredParser();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      // A thread of its own, so that a file it never finishes cannot stop the measurement.
      Thread t = new Thread(() -> {
        try {
          outcome.set(parser.parse(r.src.text()));
        } catch (Throwable e) {
          outcome.set(e);
        }
      }, "hcl4j-parse");
      t.setDaemon(true);
      t.start();
      t.join(timeoutMs);
      if (t.isAlive()) {
        r.timeout = true;
        stop(t);
      }
    } finally {
      System.out.flush();
      System.err.flush();
      System.setOut(OUT);
      System.setErr(ERR);
    }
    r.stdout = out.toString(StandardCharsets.UTF_8);
    r.stderr = err.toString(StandardCharsets.UTF_8);
    r.functionCalls = new TreeMap<>(parser.functionCalls);
    r.lookups = new TreeMap<>(parser.lookups);
    Object o = outcome.get();
    if (r.timeout) {
      r.hcl4jError = new RuntimeException("no result within " + timeoutMs + " ms");
    } else if (o instanceof Throwable e) {
      r.hcl4jError = e;
    } else {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = (Map<String, Object>) o;
      r.hcl4j = m;
    }
  }

  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread t) throws InterruptedException {
    t.stop();
    t.join(1000);
  }

  /** {path: error or null} from convert.mjs's {path: hcl2json output | {"__error": ...}}. */
  private static Map<Path, String[]> readHcl2json(Path file) throws IOException {
    Map<Path, String[]> out = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        Path path = Path.of(p.getCurrentName()).toAbsolutePath().normalize();
        p.nextToken();
        String error = null;
        if (p.currentToken() == JsonToken.START_OBJECT) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.getCurrentName();
            p.nextToken();
            if (key.equals("__error")) {
              error = p.getText();
            } else {
              p.skipChildren();
            }
          }
        } else {
          p.skipChildren();
        }
        out.put(path, new String[] {error});
      }
    }
    return out;
  }

  private static String jarName(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    } catch (Exception e) {
      return c.getName();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 1. Parse rate and failures

  private static void printParseRates(List<Result> results, List<String> dirs, boolean withHcl2json) {
    OUT.printf("## 1. Parse rate%n%n");
    OUT.printf("| corpus | .tf files | HCL4j parses | our parser parses | hcl2json parses |%n");
    OUT.printf("| --- | ---: | ---: | ---: | ---: |%n");
    Map<String, List<Result>> byCorpus = new LinkedHashMap<>();
    for (Result r : results) {
      byCorpus.computeIfAbsent(r.src.corpus(), k -> new ArrayList<>()).add(r);
    }
    byCorpus.forEach((corpus, rs) -> OUT.println(rateRow(corpus, rs, withHcl2json)));
    OUT.println(rateRow("**all**", results, withHcl2json));
    OUT.println();
    long hcl4jOnly = results.stream().filter(r -> r.hcl4jOk() && r.ours == null).count();
    long oursOnly = results.stream().filter(r -> !r.hcl4jOk() && r.ours != null).count();
    long timeouts = results.stream().filter(r -> r.timeout).count();
    OUT.printf("Files only HCL4j parses: %d; only ours parses: %d; HCL4j gave no result within the time limit: %d%n",
        hcl4jOnly, oursOnly, timeouts);
    if (withHcl2json) {
      long refOk = results.stream().filter(r -> Boolean.TRUE.equals(r.hcl2json)).count();
      long refOkHcl4jNot = results.stream().filter(r -> Boolean.TRUE.equals(r.hcl2json) && !r.hcl4jOk()).count();
      long refOkOursNot = results.stream().filter(r -> Boolean.TRUE.equals(r.hcl2json) && r.ours == null).count();
      long refMissing = results.stream().filter(r -> r.hcl2json == null).count();
      OUT.printf("Of the %d files hcl2json (HashiCorp's parser) accepts, HCL4j rejects %d and ours rejects %d"
          + " (files without an hcl2json answer: %d)%n", refOk, refOkHcl4jNot, refOkOursNot, refMissing);
      results.stream().filter(r -> Boolean.FALSE.equals(r.hcl2json)).forEach(r -> OUT.printf(
          "  hcl2json rejects %s: %s%n", r.src.path(), oneLine(r.hcl2jsonError, 160)));
    }
    results.stream().filter(r -> r.ours == null).forEach(r -> OUT.printf(
        "  our parser rejects %s: %s%n", r.src.path(), oneLine(r.oursError, 160)));
    OUT.println();
  }

  private static String rateRow(String name, List<Result> rs, boolean withHcl2json) {
    int n = rs.size();
    long h = rs.stream().filter(Result::hcl4jOk).count();
    long o = rs.stream().filter(r -> r.ours != null).count();
    long j = rs.stream().filter(r -> Boolean.TRUE.equals(r.hcl2json)).count();
    return String.format("| %s | %d | %s | %s | %s |", name, n, pct(h, n), pct(o, n),
        withHcl2json ? pct(j, n) : "not run");
  }

  private static String pct(long k, long n) {
    return String.format("%d (%.1f%%)", k, n == 0 ? 0.0 : 100.0 * k / n);
  }

  private static void printFailures(List<Result> results) {
    List<Result> failed = results.stream().filter(r -> !r.hcl4jOk()).toList();
    Map<String, List<Result>> groups = new LinkedHashMap<>();
    for (Result r : failed) {
      groups.computeIfAbsent(category(r.hcl4jError), k -> new ArrayList<>()).add(r);
    }
    List<Map.Entry<String, List<Result>>> sorted = new ArrayList<>(groups.entrySet());
    sorted.sort((a, b) -> b.getValue().size() - a.getValue().size());
    OUT.printf("## 1b. HCL4j failures by error (%d files, %d distinct errors; top 10)%n%n", failed.size(), groups.size());
    OUT.printf("| # | files | error (innermost cause; line and column numbers replaced by L and C) | thrown at | example file"
        + " (the line HCL4j names, for its lexer's errors) |%n");
    OUT.printf("| ---: | ---: | --- | --- | --- |%n");
    int i = 0;
    for (Map.Entry<String, List<Result>> e : sorted) {
      if (++i > 10) {
        break;
      }
      Result ex = e.getValue().get(0);
      String where = ex.src.path().toString();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("line: (\\d+)")
          .matcher(String.valueOf(innermost(ex.hcl4jError).getMessage()));
      if (m.find()) {
        int line = Integer.parseInt(m.group(1));
        where += ":" + line + " `" + oneLine(ex.src.text().lines().skip(line - 1).findFirst().orElse("").trim(), 90)
            .replace("|", "\\|") + "`";
      }
      OUT.printf("| %d | %d | `%s` | %s | %s |%n", i, e.getValue().size(), oneLine(e.getKey(), 200).replace("|", "\\|"),
          thrownAt(ex.hcl4jError), where);
    }
    long rest = sorted.stream().skip(10).mapToLong(e -> e.getValue().size()).sum();
    OUT.printf("%nOther errors: %d files in %d categories%n", rest, Math.max(0, sorted.size() - 10));
    Map<String, Long> byClass = failed.stream().collect(Collectors.groupingBy(
        r -> innermost(r.hcl4jError).getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
    OUT.printf("By exception class of the innermost cause: %s%n%n", byClass);
  }

  private static Throwable innermost(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  static String category(Throwable e) {
    Throwable t = innermost(e);
    String msg = t.getMessage() == null ? "" : t.getMessage();
    msg = msg.replaceAll(" \\([^()]* are in (unnamed )?module[^()]*\\)", "")
        .replaceAll("line: \\d+ col: \\d+", "line: L col: C")
        .replaceAll("Index \\d+ out of bounds for length \\d+", "Index N out of bounds for length N");
    return t.getClass().getSimpleName() + (msg.isEmpty() ? "" : ": " + msg);
  }

  private static String thrownAt(Throwable e) {
    Throwable t = innermost(e);
    for (StackTraceElement f : t.getStackTrace()) {
      if (f.getClassName().startsWith("com.bertramlabs")) {
        String cls = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
        return cls + "." + f.getMethodName() + ":" + f.getLineNumber();
      }
    }
    return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "?";
  }

  private static String oneLine(String s, int max) {
    if (s == null) {
      return "";
    }
    String t = s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    return t.length() > max ? t.substring(0, max) + "..." : t;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Structure

  private static final List<String> NAMED = List.of("resource", "data", "module", "variable", "output",
      "locals", "provider");

  /** Top-level names by kind: resource and data as type.name, locals as local names, others by label. */
  static Map<String, Set<String>> oursTop(Body body) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    NAMED.forEach(k -> m.put(k, new TreeSet<>()));
    for (Body.Block b : body.blocks()) {
      switch (b.type()) {
        case "resource", "data" -> m.get(b.type()).add(b.label(0) + "." + b.label(1));
        case "module", "variable", "output", "provider" -> m.get(b.type()).add(b.label(0));
        case "locals" -> b.body().attributes().forEach(a -> m.get("locals").add(a.name()));
        default -> { }
      }
    }
    return m;
  }

  static Map<String, Set<String>> hcl4jTop(Map<String, Object> r) {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    NAMED.forEach(k -> m.put(k, new TreeSet<>()));
    for (String kind : List.of("resource", "data")) {
      hcl4jResources(r, kind).keySet().forEach(m.get(kind)::add);
    }
    for (String kind : List.of("module", "variable", "output", "provider", "locals")) {
      for (Map<String, Object> x : maps(r.get(kind))) {
        m.get(kind).addAll(x.keySet());
      }
    }
    return m;
  }

  /** Our resource's keys as HCL4j can show them: attribute names and nested block types. */
  static Map<String, Set<String>> oursResources(Body body, String kind) {
    Map<String, Set<String>> m = new TreeMap<>();
    for (Body.Block b : body.blocks(kind)) {
      Set<String> keys = m.computeIfAbsent(b.label(0) + "." + b.label(1), k -> new TreeSet<>());
      b.body().attributes().forEach(a -> keys.add(a.name()));
      b.body().blocks().forEach(n -> keys.add(n.type()));
    }
    return m;
  }

  static Map<String, List<Map<String, Object>>> hcl4jResources(Map<String, Object> r, String kind) {
    Map<String, List<Map<String, Object>>> m = new TreeMap<>();
    for (Map<String, Object> byType : maps(r.get(kind))) {
      for (Map.Entry<String, Object> t : byType.entrySet()) {
        for (Map<String, Object> byName : maps(t.getValue())) {
          for (Map.Entry<String, Object> n : byName.entrySet()) {
            m.computeIfAbsent(t.getKey() + "." + n.getKey(), k -> new ArrayList<>()).addAll(maps(n.getValue()));
          }
        }
      }
    }
    return m;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> maps(Object o) {
    if (o instanceof Map<?, ?> m) {
      return List.of((Map<String, Object>) m);
    }
    if (o instanceof Collection<?> c) {
      List<Map<String, Object>> out = new ArrayList<>();
      for (Object x : c) {
        if (x instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
      return out;
    }
    return List.of();
  }

  /** [attributes in ours, of them found at the same place in HCL4j's result, keys only HCL4j has, blocks missing]. */
  static void compareBody(Body ours, List<Map<String, Object>> theirs, String path, long[] c, List<String> diffs) {
    Map<String, Object> merged = new LinkedHashMap<>();
    theirs.forEach(merged::putAll);
    Set<String> expected = new TreeSet<>();
    for (Body.Attribute a : ours.attributes()) {
      expected.add(a.name());
      c[0]++;
      if (merged.containsKey(a.name())) {
        c[1]++;
      } else {
        diffs.add(path + a.name() + " (line " + a.line() + "): attribute missing from HCL4j's result");
      }
    }
    Map<List<String>, List<Body.Block>> groups = new LinkedHashMap<>();
    for (Body.Block b : ours.blocks()) {
      expected.add(b.type());
      List<String> key = new ArrayList<>();
      key.add(b.type());
      key.addAll(b.labels());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
    }
    for (Map.Entry<List<String>, List<Body.Block>> g : groups.entrySet()) {
      Object node = merged.get(g.getKey().get(0));
      for (String label : g.getKey().subList(1, g.getKey().size())) {
        Map<String, Object> level = new LinkedHashMap<>();
        maps(node).forEach(level::putAll);
        node = level.get(label);
      }
      List<Map<String, Object>> instances = maps(node);
      String name = String.join(".", g.getKey());
      for (int i = 0; i < g.getValue().size(); i++) {
        Body.Block b = g.getValue().get(i);
        String here = path + name + (g.getValue().size() > 1 ? "[" + i + "]" : "") + ".";
        if (i < instances.size()) {
          compareBody(b.body(), List.of(instances.get(i)), here, c, diffs);
        } else {
          long[] k = new long[4];
          count(b.body(), k);
          c[0] += k[0];
          c[3]++;
          diffs.add(path + name + " (line " + b.line() + "): block missing from HCL4j's result");
        }
      }
    }
    for (String key : merged.keySet()) {
      if (!expected.contains(key)) {
        c[2]++;
        diffs.add(path + key + ": only in HCL4j's result");
      }
    }
  }

  private static void printStructure(List<Result> results) {
    List<Result> both = results.stream().filter(r -> r.ours != null && r.hcl4jOk()).toList();
    Map<String, Integer> sameByKind = new LinkedHashMap<>();
    NAMED.forEach(k -> sameByKind.put(k, 0));
    int sameTopFiles = 0;
    int sameDeepFiles = 0;
    long[] deep = new long[4];
    int resources = 0;
    int resourcesSameKeys = 0;
    int resourcesMissing = 0;
    int attributesExpr = 0;
    int exprNull = 0;
    int exprSymbol = 0;
    int exprPartly = 0;
    int exprValue = 0;
    int symbolLineMatches = 0;
    int templates = 0;
    int templatesToString = 0;
    List<String> examples = new ArrayList<>();
    List<String> valueExamples = new ArrayList<>();
    for (Result r : both) {
      Map<String, Set<String>> a = oursTop(r.ours);
      Map<String, Set<String>> b = hcl4jTop(r.hcl4j);
      boolean same = true;
      for (String k : NAMED) {
        if (a.get(k).equals(b.get(k))) {
          sameByKind.merge(k, 1, Integer::sum);
        } else {
          same = false;
        }
      }
      Map<String, Set<String>> ours = oursResources(r.ours, "resource");
      Map<String, List<Map<String, Object>>> theirs = hcl4jResources(r.hcl4j, "resource");
      for (Map.Entry<String, Set<String>> e : ours.entrySet()) {
        resources++;
        List<Map<String, Object>> t = theirs.get(e.getKey());
        if (t == null || t.isEmpty()) {
          resourcesMissing++;
          same = false;
          continue;
        }
        Set<String> keys = new TreeSet<>();
        t.forEach(x -> keys.addAll(x.keySet()));
        if (keys.equals(e.getValue())) {
          resourcesSameKeys++;
        } else {
          same = false;
        }
        // What HCL4j gives for an attribute whose value is an expression (not a literal) in the source.
        Body.Block block = r.ours.blocks("resource").stream()
            .filter(x -> (x.label(0) + "." + x.label(1)).equals(e.getKey())).findFirst().orElseThrow();
        for (Body.Attribute attr : block.body().attributes()) {
          if (isLiteral(attr.expr()) || !t.get(0).containsKey(attr.name())) {
            continue;
          }
          attributesExpr++;
          Object v = t.get(0).get(attr.name());
          String kind;
          if (v == null) {
            exprNull++;
            kind = "null";
          } else if (v instanceof Symbol s) {
            exprSymbol++;
            kind = "symbol";
            if (s.getLine() != null && s.getLine() + 1 == attr.expr().line()) {
              symbolLineMatches++;
            }
          } else if (containsSymbol(v)) {
            exprPartly++;
            kind = "partly";
          } else {
            exprValue++;
            kind = "value";
          }
          if (isInterpolation(attr.expr())) {
            templates++;
            if (v instanceof String) {
              templatesToString++;
            }
          }
          if (valueExamples.stream().filter(x -> x.startsWith(kind + ": ")).count() < 3) {
            String line = r.src.text().lines().skip(attr.line() - 1).findFirst().orElse("").trim();
            valueExamples.add(kind + ": " + r.src.path() + ":" + attr.line() + ": `" + oneLine(line, 110)
                + "` -> " + (v == null ? "null" : "`" + oneLine(String.valueOf(v), 80) + "` ("
                + v.getClass().getSimpleName() + ")"));
          }
        }
      }
      if (same) {
        sameTopFiles++;
      }
      List<String> diffs = new ArrayList<>();
      compareBody(r.ours, List.of(r.hcl4j), "", deep, diffs);
      if (diffs.isEmpty()) {
        sameDeepFiles++;
      } else if (examples.size() < 12) {
        diffs.stream().limit(2).forEach(d -> examples.add(r.src.path() + ": " + d));
      }
    }
    OUT.printf("## 2. Structure (the %d files both parse)%n%n", both.size());
    OUT.printf("| compared | same in HCL4j's result as in ours |%n| --- | ---: |%n");
    for (String k : NAMED) {
      OUT.printf("| %s names (per file) | %s |%n", k, pct(sameByKind.get(k), both.size()));
    }
    OUT.printf("| key set of each resource (attribute names and nested block types) | %s |%n",
        pct(resourcesSameKeys, resources));
    OUT.printf("| files with all of the above the same | %s |%n", pct(sameTopFiles, both.size()));
    OUT.printf("| every attribute at every depth at the same place, and no key ours lacks | %s |%n%n",
        pct(sameDeepFiles, both.size()));
    OUT.printf("Resources in our result: %d; missing from HCL4j's: %d%n", resources, resourcesMissing);
    OUT.printf("Every depth: %d attributes in ours, %d at the same place in HCL4j's result; %d blocks missing"
        + " from HCL4j's; %d keys only in HCL4j's (e.g. attributes moved out of their block)%n",
        deep[0], deep[1], deep[3], deep[2]);
    OUT.printf("Examples of differences:%n");
    examples.forEach(x -> OUT.println("  " + x));
    OUT.printf("%nValues: resource attributes (top level of the block) whose source is an expression, not a"
        + " literal: %d. What HCL4j's result holds for them:%n%n", attributesExpr);
    OUT.printf("| HCL4j's value | attributes |%n| --- | ---: |%n");
    OUT.printf("| null (expression evaluated to nothing) | %s |%n", pct(exprNull, attributesExpr));
    OUT.printf("| a plain value computed at parse time (String, Double, Boolean, Map, List) | %s |%n",
        pct(exprValue, attributesExpr));
    OUT.printf("| a collection that still holds unevaluated symbols | %s |%n", pct(exprPartly, attributesExpr));
    OUT.printf("| an unevaluated symbol (a reference HCL4j could not resolve, a for expression) | %s |%n%n",
        pct(exprSymbol, attributesExpr));
    OUT.printf("Strings with an interpolation (\"${...}\") among them: %d; HCL4j returns %d of them as one plain"
        + " String: the expression is gone, and a reference it could not resolve is pasted in as text (see the examples)%n",
        templates, templatesToString);
    OUT.printf("Of the unevaluated symbols, %d of %d have getLine() + 1 equal to the line of the expression"
        + " (getLine() is 0-based)%n", symbolLineMatches, exprSymbol);
    valueExamples.stream().sorted().forEach(x -> OUT.println("  " + x));
    OUT.println();
  }

  private static boolean containsSymbol(Object o) {
    if (o instanceof Symbol) {
      return true;
    }
    if (o instanceof Map<?, ?> m) {
      return m.values().stream().anyMatch(Hcl4jMeasurement::containsSymbol);
    }
    if (o instanceof Collection<?> c) {
      return c.stream().anyMatch(Hcl4jMeasurement::containsSymbol);
    }
    return false;
  }

  /** A value written out in the source: a literal, a string without interpolation, or a list or object of them. */
  static boolean isLiteral(Expr e) {
    if (e instanceof Expr.Literal) {
      return true;
    }
    if (e instanceof Expr.Template t) {
      return t.parts().stream().allMatch(p -> p instanceof Expr.Literal);
    }
    if (e instanceof Expr.Unary u) {
      return u.operand() instanceof Expr.Literal;
    }
    if (e instanceof Expr.Tuple t) {
      return t.items().stream().allMatch(Hcl4jMeasurement::isLiteral);
    }
    if (e instanceof Expr.ObjectCons o) {
      return o.items().stream().allMatch(i -> (isLiteral(i.key())
          || i.key() instanceof Expr.Traversal k && k.steps().isEmpty()) && isLiteral(i.value()));
    }
    return false;
  }

  /** A string with at least one interpolation of something other than a literal. */
  static boolean isInterpolation(Expr e) {
    return e instanceof Expr.Template t && t.parts().stream().anyMatch(p -> !(p instanceof Expr.Literal));
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // 3. Positions

  private static void printPositions(List<Result> results) throws Exception {
    OUT.printf("## 3. Positions%n%n");
    Set<String> returnTypes = new TreeSet<>();
    for (Method m : HCLParser.class.getMethods()) {
      if (m.getName().startsWith("parse")) {
        returnTypes.add(m.getGenericReturnType().getTypeName());
      }
    }
    Class<?> lexer = Class.forName("com.bertramlabs.plugins.hcl4j.HCLLexer");
    OUT.printf("HCLParser's public parse methods return: %s%n", returnTypes);
    OUT.printf("HCLLexer (the only holder of the Symbol tree with lines) is public: %s%n",
        Modifier.isPublic(lexer.getModifiers()));
    long[] c = new long[3]; // values, Symbol values, Symbol values with a line
    Map<String, Long> symbolKinds = new TreeMap<>();
    for (Result r : results) {
      if (r.hcl4jOk()) {
        walk(r.hcl4j, c, symbolKinds);
      }
    }
    long oursAttrs = 0;
    long oursAttrsWithLine = 0;
    long oursBlocks = 0;
    long oursBlocksWithLine = 0;
    for (Result r : results) {
      if (r.ours != null) {
        long[] k = new long[4];
        count(r.ours, k);
        oursAttrs += k[0];
        oursAttrsWithLine += k[1];
        oursBlocks += k[2];
        oursBlocksWithLine += k[3];
      }
    }
    OUT.printf("Values in HCL4j's results (all files it parses, every depth): %d; of them Symbol objects"
        + " (the only type with getLine()): %d, with a line: %d; kinds: %s. Map keys are plain Strings.%n",
        c[0], c[1], c[2], symbolKinds);
    OUT.printf("Our parser: %d of %d attributes and %d of %d blocks carry a line%n%n",
        oursAttrsWithLine, oursAttrs, oursBlocksWithLine, oursBlocks);
  }

  private static void walk(Object o, long[] c, Map<String, Long> kinds) {
    if (o instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, c, kinds));
    } else if (o instanceof Collection<?> l) {
      l.forEach(v -> walk(v, c, kinds));
    } else {
      c[0]++;
      if (o instanceof Symbol s) {
        c[1]++;
        if (s.getLine() != null) {
          c[2]++;
        }
        kinds.merge(s.getClass().getSimpleName(), 1L, Long::sum);
      }
    }
  }

  private static void count(Body b, long[] k) {
    for (Body.Attribute a : b.attributes()) {
      k[0]++;
      if (a.line() >= 1) {
        k[1]++;
      }
    }
    for (Body.Block x : b.blocks()) {
      k[2]++;
      if (x.line() >= 1) {
        k[3]++;
      }
      count(x.body(), k);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Side effects

  private static void printSideEffects(List<Result> results) {
    OUT.printf("## 4. Side effects during HCL4j's parse%n%n");
    OUT.printf("Data lookups registered by HCL4j (each replaced by a counting no-op here): %s%n",
        new MeasuredParser().lookupNames());
    long withOut = results.stream().filter(r -> !r.stdout.isEmpty()).count();
    long withOutOk = results.stream().filter(r -> !r.stdout.isEmpty() && r.hcl4jOk()).count();
    long outLines = results.stream().mapToLong(r -> r.stdout.lines().count()).sum();
    long withErr = results.stream().filter(r -> !r.stderr.isEmpty()).count();
    long withErrOk = results.stream().filter(r -> !r.stderr.isEmpty() && r.hcl4jOk()).count();
    long errLines = results.stream().mapToLong(r -> r.stderr.lines().count()).sum();
    OUT.printf("| output during the parse | files | of them parsed | lines |%n| --- | ---: | ---: | ---: |%n");
    OUT.printf("| System.out (println in HCL4j's code) | %d | %d | %d |%n", withOut, withOutOk, outLines);
    OUT.printf("| System.err (HCL4j's SLF4J logging, through slf4j-simple) | %d | %d | %d |%n%n",
        withErr, withErrOk, errLines);
    Map<String, Long> outKinds = results.stream().flatMap(r -> r.stdout.lines())
        .map(l -> l.replaceAll(":.*", ":"))
        .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
    OUT.printf("stdout lines by kind: %s%n", outKinds);
    Map<String, Long> logLevels = results.stream().flatMap(r -> r.stderr.lines())
        .filter(l -> l.matches("^\\[[^]]*\\] (ERROR|WARN|INFO|DEBUG) .*"))
        .map(l -> l.replaceAll("^\\[[^]]*\\] (\\w+) ([\\w.]+) - (.{0,40}).*", "$1 $3"))
        .collect(Collectors.groupingBy(l -> l, TreeMap::new, Collectors.counting()));
    OUT.printf("SLF4J records by level and message start: %s%n", logLevels);
    results.stream().filter(r -> !r.stdout.isEmpty()).findFirst().ifPresent(r -> OUT.printf(
        "stdout example (%s): %s%n", r.src.path(), oneLine(r.stdout, 200)));

    long dataHttp = results.stream().filter(r -> r.ours != null && r.ours.blocks("data").stream()
        .anyMatch(b -> b.label(0).equals("http"))).count();
    Map<String, Integer> lookups = new TreeMap<>();
    results.forEach(r -> r.lookups.forEach((k, v) -> lookups.merge(k, v, Integer::sum)));
    long lookupFiles = results.stream().filter(r -> !r.lookups.isEmpty()).count();
    OUT.printf("Files with a data \"http\" block: %d; data lookups HCL4j invoked during the parse: %s in %d files"
        + " (each would have been an HTTP request without the no-op)%n", dataHttp, lookups, lookupFiles);
    results.stream().filter(r -> !r.lookups.isEmpty()).limit(3).forEach(r -> OUT.printf(
        "  lookup during the parse of %s: %s%n", r.src.path(), r.lookups));

    Map<String, Integer> calls = new TreeMap<>();
    results.forEach(r -> r.functionCalls.forEach((k, v) -> calls.merge(k, v, Integer::sum)));
    long callFiles = results.stream().filter(r -> !r.functionCalls.isEmpty()).count();
    long callsTotal = calls.values().stream().mapToLong(Integer::longValue).sum();
    long clock = results.stream().filter(r -> r.functionCalls.containsKey("timestamp")
        || r.functionCalls.containsKey("uuid")).count();
    OUT.printf("Functions HCL4j evaluated during the parse: %d calls in %d files (%d files call timestamp()"
        + " or uuid(), so the result differs from one parse to the next); by name: %s%n%n",
        callsTotal, callFiles, clock, calls);
  }


  // ---------------------------------------------------------------------------------------------
  // 4b. Two small inputs that show what the corpus cannot: the data "http" lookup and evaluation

  static final String PROBE_HTTP = """
      data "http" "my_ip" {
        url = "https://example.invalid/ip"
      }
      locals {
        admin_range = "${data.http.my_ip.response_body}/32"
      }
      """;

  static final String PROBE_EVAL = """
      variable "region" {
        default = "europe-west1"
      }
      variable "tier" {}
      resource "google_redis_instance" "cache" {
        region             = var.region
        name               = upper("cache")
        tier               = var.tier
        auth_enabled       = local.secure ? "yes" : "no"
        authorized_network = google_compute_network.vpc.id
        labels             = { created = timestamp() }
      }
      """;

  private static void printProbes() throws Exception {
    OUT.printf("## 4b. Probes (inputs written for this measurement)%n%n");
    for (String[] probe : List.of(new String[] {"data \"http\" lookup", PROBE_HTTP},
        new String[] {"evaluation at parse time", PROBE_EVAL})) {
      MeasuredParser parser = new MeasuredParser();
      Map<String, Object> captured = new LinkedHashMap<>();
      parser.registerDataLookup("http", arguments -> {
        captured.putAll(arguments);
        return Map.of("response_body", "203.0.113.7");
      });
      ByteArrayOutputStream sink = new ByteArrayOutputStream();
      System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
      Object result;
      try {
        result = parser.parse(probe[1]);
      } catch (Exception e) {
        result = e;
      } finally {
        System.setOut(OUT);
        System.setErr(ERR);
      }
      OUT.printf("%s:%n```hcl%n%s```%n", probe[0], probe[1]);
      OUT.printf("HCL4j's result: %s%n", describe(result));
      if (!captured.isEmpty()) {
        OUT.printf("The http lookup (here a stand-in that answers 203.0.113.7) was called during the parse with: %s%n",
            captured);
      }
      OUT.printf("Functions it evaluated: %s%n", parser.functionCalls);
      Body ours = HclParser.parse(probe[1]);
      OUT.printf("Our parser: %s%n%n", ours.blocks().stream()
          .flatMap(b -> b.body().attributes().stream())
          .map(a -> a.name() + "=" + a.expr().getClass().getSimpleName() + "@" + a.line())
          .collect(Collectors.joining(", ")));
    }
  }

  /** A result map with each value's type, so that a symbol shows as one. */
  private static String describe(Object o) {
    if (o instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(e -> e.getKey() + "=" + describe(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (o instanceof String str) {
      return "\"" + str + "\"";
    }
    if (o instanceof Symbol sym) {
      return "<" + sym.getClass().getSimpleName() + " " + sym + ", line " + sym.getLine() + ">";
    }
    return String.valueOf(o);
  }

  // ---------------------------------------------------------------------------------------------
  // 5. Speed

  private static void printSpeed(List<Result> results, int warmups, int rounds) {
    List<Source> all = results.stream().filter(r -> !r.timeout).map(r -> r.src).toList();
    List<Source> both = results.stream().filter(r -> r.ours != null && r.hcl4jOk()).map(r -> r.src).toList();
    OUT.printf("## 5. Speed (same JVM, warm: after pass 1 above and %d more untimed passes of each parser over the"
        + " same files; then %d timed passes each, alternating, a GC before each; output discarded while timed;"
        + " MB = 10^6 bytes)%n%n", warmups, rounds);
    OUT.printf("| files | bytes | parser | ms (median) | ms (each pass) | MB/s (at the median) |%n"
        + "| --- | ---: | --- | ---: | --- | ---: |%n");
    for (var set : List.of(Map.entry("all " + all.size() + " files", all),
        Map.entry(both.size() + " files both parse", both))) {
      long bytes = set.getValue().stream().mapToLong(Source::bytes).sum();
      double[] ours = new double[rounds];
      double[] hcl4j = new double[rounds];
      System.setOut(SINK);
      System.setErr(SINK);
      try {
        for (int i = 0; i < warmups; i++) {
          timeOurs(set.getValue());
          timeHcl4j(set.getValue());
        }
        for (int i = 0; i < rounds; i++) {
          System.gc();
          ours[i] = timeOurs(set.getValue());
          System.gc();
          hcl4j[i] = timeHcl4j(set.getValue());
        }
      } finally {
        System.setOut(OUT);
        System.setErr(ERR);
      }
      OUT.println(speedRow(set.getKey(), bytes, "HCL4j", hcl4j));
      OUT.println(speedRow(set.getKey(), bytes, "ours", ours));
    }
    OUT.println();
  }

  private static String speedRow(String files, long bytes, String parser, double[] ms) {
    double[] s = ms.clone();
    Arrays.sort(s);
    double median = s[s.length / 2];
    String each = Arrays.stream(ms).mapToObj(x -> String.format("%.0f", x)).collect(Collectors.joining(", "));
    return String.format("| %s | %,d | %s | %.0f | %s | %.2f |", files, bytes, parser, median, each,
        bytes / 1e6 / (median / 1000.0));
  }

  private static double timeOurs(List<Source> files) {
    long start = System.nanoTime();
    for (Source s : files) {
      try {
        HclParser.parse(s.text());
      } catch (RuntimeException e) {
        // counted in pass 1
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }

  private static double timeHcl4j(List<Source> files) {
    long start = System.nanoTime();
    for (Source s : files) {
      try {
        new MeasuredParser().parse(s.text());
      } catch (Throwable e) {
        // counted in pass 1
      }
    }
    return (System.nanoTime() - start) / 1e6;
  }
}
