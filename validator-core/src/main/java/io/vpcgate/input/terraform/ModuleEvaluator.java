package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.EvalException;
import io.vpcgate.input.hcl.Evaluator;
import io.vpcgate.input.hcl.Expr;
import io.vpcgate.input.hcl.Scope;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Addresses;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one module instance the way Terraform does: every {@code .tf} file, variables (given
 * by the caller, or with the root's precedence), locals, the google provider's project and
 * region, count/for_each and dynamic blocks, references between resources, and module calls with
 * their inputs and outputs. What cannot be known before apply is unknown.
 */
final class ModuleEvaluator {
  private static final Set<String> META_BLOCKS = Set.of("lifecycle", "provisioner", "connection");
  private static final Set<String> META_ATTRIBUTES = Set.of("count", "for_each", "depends_on", "provider");
  private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers", "depends_on");
  private static final int MAX_MODULE_DEPTH = 16;
  private static final int MAX_COUNT = 10_000;
  private static final int MAX_INSTANCES = 100_000;

  /** What all module instances of one root share: the output lists, the scan root, downloaded modules. */
  /**
   * What every module of one root shares; {@code repository} is the top of the git work tree holding the root, if
   * any, so that a local module read from outside it is noted.
   */
  record Shared(Path root, List<TfResource> instances, List<String> notes, ModuleManifest manifest, Evaluator evaluator,
      Map<String, Path> suppressionSources, Optional<Path> repository, List<TfResource> dataSources, List<String> unread,
      Set<String> declared, Set<String> opaque, DirectoryListings listings, ModuleParses parses) {}

  private final Shared shared;
  private final Path root;
  private final ModuleFiles files;
  private final String prefix;
  private final String manifestKey;
  /** The directories of this module and of the modules that called it, root first. */
  private final List<Path> chain;
  private final Evaluator evaluator;
  private final List<String> notes;
  private final Map<String, Value> variables = new LinkedHashMap<>();
  private final Map<String, Expr> localExprs = new LinkedHashMap<>();
  private final Map<String, Value> localValues = new HashMap<>();
  private final Map<String, Body.Block> resourceBlocks = new LinkedHashMap<>();
  private final Map<String, String> resourceFiles = new HashMap<>();
  private final Map<String, Value> resourceValues = new HashMap<>();
  private final Map<String, Body.Block> moduleBlocks = new LinkedHashMap<>();
  /** The data sources that read a kind vpcgate knows ({@code data "google_redis_instance"}), by {@code type.name}. */
  private final Map<String, Body.Block> dataBlocks = new LinkedHashMap<>();
  private final Map<String, String> moduleFiles = new HashMap<>();
  private final Map<String, String> variableFiles = new HashMap<>();
  /** Where each variable's value was set (a tfvars line, the caller's module argument, the default). */
  private final Map<String, Location> variableSetAt = new HashMap<>();
  /** While an instance's body is read: where the values of its attributes that are plain variables were set. */
  private Map<String, Location> valueLines = new LinkedHashMap<>();
  private final Map<String, Value> moduleValues = new HashMap<>();
  private final Map<String, Expr> outputExprs = new LinkedHashMap<>();
  private final Map<String, Value> outputValues = new HashMap<>();
  /** Each input variable's references in the caller's terms (none for the root). */
  private final Map<String, List<String>> inputRefs = new HashMap<>();
  /** The modules this one calls, by name (the first instance of a counted call): their outputs' references. */
  private final Map<String, ModuleEvaluator> children = new HashMap<>();
  private AttributeReferences attributeRefs;
  private final Set<String> evaluating = new HashSet<>();
  /** What the module calls that lead here depend on ({@code depends_on} of a module call), in root terms. */
  private final List<String> inheritedDependsOn = new ArrayList<>();
  private final List<TfResource> instances;
  private ProviderDefaults provider;
  /** Aliased google provider configurations: "google.west" → its project and region. */
  private final Map<String, ProviderDefaults> aliases = new HashMap<>();

  /**
   * @param prefix the address prefix of this instance: "" for the root, {@code module.net.} for a child
   * @param manifestKey the key of this module in .terraform/modules/modules.json ("" for the root)
   */
  ModuleEvaluator(Shared shared, Path dir, String prefix, String manifestKey, List<Path> callers,
      ProviderDefaults provider) {
    this(shared, new ModuleFiles(dir, shared.root(), shared.listings(), shared.parses()), prefix, manifestKey, callers,
        provider);
  }

  /** {@code files}: the module's directory, perhaps listed already. */
  ModuleEvaluator(Shared shared, ModuleFiles files, String prefix, String manifestKey, List<Path> callers,
      ProviderDefaults provider) {
    Path dir = files.root();
    this.shared = shared;
    this.root = dir;
    this.files = files;
    this.prefix = prefix;
    this.manifestKey = manifestKey;
    this.chain = new ArrayList<>(callers);
    this.chain.add(dir.toAbsolutePath().normalize());
    this.evaluator = shared.evaluator();
    this.notes = shared.notes();
    this.instances = shared.instances();
    this.provider = provider;
  }

  /**
   * Evaluates the root module with values from tfvars, var files, --var and TF_VAR_*; {@code moduleSources} receives
   * the literal sources its .tf files' module blocks give.
   */
  void evaluateRoot(TerraformOptions options, List<String> moduleSources) {
    evaluate(blocks -> VariableValues.given(files, options, evaluator), moduleSources);
  }

  /** Evaluates a child module with the values its caller passes, and what each value was computed from. */
  void evaluateChild(Map<String, Value> inputs, Map<String, List<String>> references, Map<String, Location> setAt) {
    inputRefs.putAll(references);
    evaluate(blocks -> new VariableValues.Given(inputs, setAt), null);
  }

  /** What resource attributes {@code output} is computed from, in this module's caller's terms. */
  List<String> outputRefs(String output) {
    Expr e = outputExprs.get(output);
    return e == null ? List.of() : attributeRefs().of(e);
  }

  /**
   * Made once: it reads this module's resources, locals, inputs and children through live views, so it sees them
   * as they fill (it was made per attribute, with a lambda, which under C1 is a method handle call each time).
   */
  private AttributeReferences attributeRefs() {
    if (attributeRefs == null) {
      attributeRefs = new AttributeReferences(prefix, resourceBlocks.keySet(), localExprs, inputRefs,
          (module, output) -> children.containsKey(module) ? children.get(module).outputRefs(output) : List.of());
    }
    return attributeRefs;
  }

  private void evaluate(java.util.function.Function<Map<String, Body.Block>, VariableValues.Given> inputs,
      List<String> moduleSources) {
    List<Path> tfFiles = files.list(ModuleFiles::isConfiguration);
    if (tfFiles.isEmpty()) {
      throw new InputException(files.relative(root) + ": no .tf or .tf.json files (is this a Terraform module?)");
    }
    Map<String, Body> bodies = new LinkedHashMap<>();
    for (Path f : tfFiles) {
      String fileName = f.getFileName().toString();
      if (isOverrideFile(fileName)) {
        notes.add(files.relative(f) + ": Terraform override files are not merged yet; the blocks it overrides are "
            + "checked as their own files declare them");
        if (moduleSources != null && fileName.endsWith(".tf")) { // not evaluated, but the modules it calls are called
          moduleSources.addAll(ModuleFiles.moduleSources(f));
        }
        continue;
      }
      bodies.put(files.relative(f), moduleSources == null ? files.parse(f) : files.parse(f, moduleSources));
      if (files.mentionsSuppression(f)) {
        shared.suppressionSources().put(files.relative(f), f);
      }
    }
    Map<String, Body.Block> variableBlocks = new LinkedHashMap<>();
    Declarations declarations = new Declarations();
    bodies.forEach((file, body) -> {
      for (Body.Block b : body.blocks()) {
        declarations.add(file, b);
        switch (b.type()) {
          case "variable" -> {
            variableBlocks.put(b.label(0), b);
            variableFiles.put(b.label(0), file);
          }
          case "locals" -> b.body().attributes().forEach(a -> localExprs.put(a.name(), a.expr()));
          case "resource" -> {
            String key = b.label(0) + "." + b.label(1);
            resourceBlocks.put(key, b);
            resourceFiles.put(key, file);
          }
          case "module" -> {
            moduleBlocks.put(b.label(0), b);
            moduleFiles.put(b.label(0), file);
          }
          case "output" -> b.body().attribute("value").ifPresent(a -> outputExprs.put(b.label(0), a.expr()));
          case "data" -> {
            if (io.vpcgate.kinds.Kinds.forDataSourceType(b.label(0)).isPresent()) {
              dataBlocks.put(b.label(0) + "." + b.label(1), b);
              resourceFiles.put("data." + b.label(0) + "." + b.label(1), file);
            }
          }
          default -> { }
        }
      }
    });
    String staticPrefix = Addresses.withoutIndexes(prefix);
    resourceBlocks.keySet().forEach(k -> shared.declared().add(staticPrefix + k));
    loadVariables(variableBlocks, inputs.apply(variableBlocks));
    bodies.forEach((file, body) -> body.blocks("provider").stream()
        .filter(b -> b.label(0).equals("google") || b.label(0).equals("google-beta"))
        .forEach(this::readProvider));
    for (String key : resourceBlocks.keySet()) {
      resourceValue(key);
    }
    dataBlocks.forEach(this::dataSource);
    for (String name : moduleBlocks.keySet()) {
      moduleValue(name);
    }
  }

  /** The value {@code output "name"} of this instance. */
  Value output(String name) {
    if (!outputExprs.containsKey(name)) {
      throw new EvalException("module has no output \"" + name + "\"");
    }
    Value v = outputValues.get(name);
    if (v != null) {
      return v;
    }
    String k = "output." + name;
    if (!evaluating.add(k)) {
      return new Value.Unknown("output " + name + " refers to itself");
    }
    try {
      v = safeEval(outputExprs.get(name), moduleScope(), prefix + "output." + name);
    } finally {
      evaluating.remove(k);
    }
    outputValues.put(name, v);
    return v;
  }

  /** All outputs, as the object {@code module.NAME} evaluates to in the caller. */
  Value outputs() {
    Map<String, Value> out = new LinkedHashMap<>();
    outputExprs.keySet().forEach(n -> out.put(n, output(n)));
    return new Value.MapV(out);
  }

  // ---- variables ---------------------------------------------------------------------------

  private void loadVariables(Map<String, Body.Block> blocks, VariableValues.Given values) {
    Map<String, Value> given = values.values();
    for (String name : given.keySet()) {
      if (!blocks.containsKey(name) && prefix.isEmpty()) {
        notes.add("value given for undeclared variable \"" + name + "\" is ignored");
      }
    }
    TypeConversion types = new TypeConversion(evaluator);
    blocks.forEach((name, block) -> {
      if (prefix.isEmpty() && given.containsKey(name)) {
        Optional<Expr> type = block.body().attribute("type").map(Body.Attribute::expr);
        TypeConversion.mismatch(given.get(name), type.orElse(null)).ifPresent(why -> {
          throw new InputException(variableFiles.getOrDefault(name, "?") + ":" + block.line() + ": invalid value for "
              + "variable \"" + name + "\" (given with --var, --var-file, a tfvars file or TF_VAR_" + name + "): " + why);
        });
      }
      if (!given.containsKey(name) && block.body().attribute("default").isEmpty()) {
        notes.add(variableFiles.getOrDefault(name, "?") + ":" + block.line() + ": " + prefix + "var." + name
            + " has no value (" + (prefix.isEmpty()
                ? "no default, and none given with --var, --var-file, a tfvars file or TF_VAR_" + name
                : "no default, and the module call does not pass it")
            + "); what is computed from it is not evaluated");
      }
      // Where the value was set: the tfvars line or module argument, else the default's line. (Ifs, not Optional's
      // lambdas: this runs for every variable of every module.)
      Optional<Body.Attribute> byDefault = block.body().attribute("default");
      Location setAt = given.containsKey(name) ? values.setAt().get(name)
          : byDefault.isPresent() ? new Location.SourceLocation(variableFiles.getOrDefault(name, "?"), byDefault.get().line())
          : null;
      if (setAt != null) {
        variableSetAt.put(name, setAt);
      }
      Value v = given.containsKey(name) ? given.get(name)
          : byDefault.isPresent() ? safeEval(byDefault.get().expr(), Scope.EMPTY, "default of variable " + name)
          : new Value.Unknown("variable \"" + name + "\" has no value");
      Optional<Body.Attribute> type = block.body().attribute("type");
      variables.put(name, types.convert(v, type.isPresent() ? type.get().expr() : null));
    });
  }

  private void readProvider(Body.Block b) {
    ProviderDefaults config = new ProviderDefaults(
        b.body().attribute("project").map(a -> toAttr(safeEval(a.expr(), moduleScope(), "provider project"))).orElse(Attr.absent()),
        b.body().attribute("region").map(a -> toAttr(safeEval(a.expr(), moduleScope(), "provider region"))).orElse(Attr.absent()));
    Optional<String> alias = b.body().attribute("alias").map(a -> safeEval(a.expr(), Scope.EMPTY, "provider alias"))
        .flatMap(Value::asString);
    if (alias.isPresent()) {
      aliases.put(b.label(0) + "." + alias.get(), config);
    } else {
      provider = config.over(provider);
    }
  }

  /** The defaults for a resource's {@code provider = google.ALIAS}, else the default provider's. */
  private ProviderDefaults providerFor(Body.Block block) {
    return block.body().attribute("provider").flatMap(a -> providerKey(a.expr())).map(aliases::get)
        .map(a -> a.over(provider)).orElse(provider);
  }

  /** {@code google.west} → "google.west". */
  private static Optional<String> providerKey(Expr e) {
    if (e instanceof Expr.Traversal t && t.steps().size() == 1 && t.steps().get(0) instanceof Expr.Step.Attr a) {
      return Optional.of(t.root() + "." + a.name());
    }
    return Optional.empty();
  }

  private static Attr<String> toAttr(Value v) {
    if (v instanceof Value.Unknown u) {
      return Attr.unknown(u.reason());
    }
    return v.asString().<Attr<String>>map(Attr::known).orElse(Attr.absent());
  }

  // ---- the module scope --------------------------------------------------------------------

  private Scope moduleScope() {
    return new Scope() {
      @Override
      public Resolution resolve(String rootName, List<Expr.Step> steps) {
        return ModuleEvaluator.this.resolve(rootName, steps);
      }

      @Override
      public Path baseDirectory() {
        return root;
      }
    };
  }

  private Scope.Resolution resolve(String rootName, List<Expr.Step> steps) {
    String first = steps.isEmpty() || !(steps.get(0) instanceof Expr.Step.Attr a) ? null : a.name();
    switch (rootName) {
      case "var":
        if (first == null || !variables.containsKey(first)) {
          throw new EvalException("reference to undeclared variable \"" + first + "\"");
        }
        return new Scope.Resolution(variables.get(first), 1);
      case "local":
        return new Scope.Resolution(local(first), 1);
      case "path":
        return new Scope.Resolution(Value.str("."), 1);
      case "terraform":
        return new Scope.Resolution(Value.str("default"), 1);
      case "data":
        return new Scope.Resolution(new Value.Unknown("data sources are read at plan time"), Math.min(2, steps.size()));
      case "module":
        if (first == null || !moduleBlocks.containsKey(first)) {
          throw new EvalException("reference to undeclared module \"" + first + "\"");
        }
        return new Scope.Resolution(moduleValue(first), 1);
      case "resource": {
        // resource.TYPE.NAME: the managed resource TYPE.NAME, named with the explicit prefix.
        String name = steps.size() < 2 || !(steps.get(1) instanceof Expr.Step.Attr n) ? null : n.name();
        if (first == null || name == null || !resourceBlocks.containsKey(first + "." + name)) {
          throw new EvalException("reference to undeclared resource " + first + "." + name);
        }
        return new Scope.Resolution(resourceValue(first + "." + name), 2);
      }
      case "self":
      case "each":
      case "count":
        throw new EvalException("\"" + rootName + "\" is not available here");
      default:
        break;
    }
    if (first == null) {
      return null;
    }
    String key = rootName + "." + first;
    if (!resourceBlocks.containsKey(key)) {
      if (rootName.contains("_")) {
        throw new EvalException("reference to undeclared resource " + key);
      }
      return null;
    }
    return new Scope.Resolution(resourceValue(key), 1);
  }

  private Value local(String name) {
    if (name == null || !localExprs.containsKey(name)) {
      throw new EvalException("reference to undeclared local value \"" + name + "\"");
    }
    Value v = localValues.get(name);
    if (v != null) {
      return v;
    }
    String k = "local." + name;
    if (!evaluating.add(k)) {
      throw new EvalException("local." + name + " refers to itself");
    }
    try {
      v = safeEval(localExprs.get(name), moduleScope(), k);
    } finally {
      evaluating.remove(k);
    }
    localValues.put(name, v);
    return v;
  }

  /** The value other expressions see for {@code type.name}: an instance, a list or a map of them. */
  private Value resourceValue(String key) {
    Value v = resourceValues.get(key);
    if (v != null) {
      return v;
    }
    if (!evaluating.add(key)) {
      return new Value.Unknown("known after apply");
    }
    try {
      expand(key);
    } finally {
      evaluating.remove(key);
    }
    return resourceValues.getOrDefault(key, new Value.Unknown("known after apply"));
  }

  // ---- module calls ------------------------------------------------------------------------

  /** What {@code module.NAME} evaluates to: the outputs of the instance, or a list/map of them. */
  private Value moduleValue(String name) {
    Value v = moduleValues.get(name);
    if (v != null) {
      return v;
    }
    String k = "module." + name;
    if (!evaluating.add(k)) {
      return new Value.Unknown(prefix + k + " depends on itself");
    }
    try {
      v = callModule(name);
    } finally {
      evaluating.remove(k);
    }
    moduleValues.put(name, v);
    return v;
  }

  /** Terraform's override files: {@code override.tf}, {@code x_override.tf}, and their {@code .tf.json} forms. */
  private static boolean isOverrideFile(String fileName) {
    String base = fileName.endsWith(".tf") ? fileName.substring(0, fileName.length() - 3)
        : fileName.endsWith(".tf.json") ? fileName.substring(0, fileName.length() - 8) : null;
    return base != null && (base.equals("override") || base.endsWith("_override"));
  }

  private Value callModule(String name) {
    Value v = expandModule(name);
    String base = Addresses.withoutIndexes(prefix + "module." + name);
    if (shared.declared().stream().noneMatch(d -> d.startsWith(base + "."))) {
      shared.opaque().add(base + "."); // no instance evaluated (count 0, unknown, not downloaded): its blocks are not known
    }
    return v;
  }

  private Value expandModule(String name) {
    Body.Block block = moduleBlocks.get(name);
    String where = moduleFiles.get(name) + ":" + block.line() + ": " + prefix + "module." + name;
    Optional<Path> dir = sourceDirectory(name, block, where);
    if (dir.isEmpty()) {
      return new Value.Unknown(prefix + "module." + name + " is not evaluated");
    }
    Path called = dir.get().toAbsolutePath().normalize();
    if (chain.contains(called)) {
      throw new InputException(where + ": modules call each other in a cycle (" + cycle(called)
          + "); Terraform cannot expand it");
    }
    if (chain.size() > MAX_MODULE_DEPTH) {
      notes.add(where + ": modules nest more than " + MAX_MODULE_DEPTH + " deep; not evaluated further");
      return new Value.Unknown("module nesting too deep");
    }
    Scope scope = moduleScope();
    String base = prefix + "module." + name;
    var count = block.body().attribute("count");
    var forEach = block.body().attribute("for_each");
    if (count.isPresent()) {
      Value n = safeEval(count.get().expr(), scope, base + ".count");
      if (!n.isKnown()) {
        notes.add(where + ": count is unknown before apply; the module's resources are not checked");
        return new Value.Unknown("count of " + base + " is unknown");
      }
      List<Value> list = new ArrayList<>();
      for (int i = 0, c = countOf(n, where); i < c; i++) {
        Scope s = Scope.with(scope, Map.of("count", new Value.MapV(Map.of("index", Value.Num.of(i)))));
        list.add(child(name, block, dir.get(), base + "[" + i + "].", s).outputs());
      }
      return new Value.ListV(list);
    }
    if (forEach.isPresent()) {
      Value each = safeEval(forEach.get().expr(), scope, base + ".for_each");
      if (!each.isWhollyKnown() || !(each instanceof Value.MapV || each instanceof Value.ListV)) {
        notes.add(where + ": for_each is unknown before apply; the module's resources are not checked");
        return new Value.Unknown("for_each of " + base + " is unknown");
      }
      Map<String, Value> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> kv : eachEntries(each)) {
        String key = Evaluator.toStr(kv.getKey());
        Scope s = Scope.with(scope, Map.of("each", new Value.MapV(Map.of("key", kv.getKey(), "value", kv.getValue()))));
        out.put(key, child(name, block, dir.get(), base + "[\"" + key + "\"].", s).outputs());
      }
      return new Value.MapV(out);
    }
    return child(name, block, dir.get(), base + ".", scope).outputs();
  }

  private ModuleEvaluator child(String name, Body.Block block, Path dir, String childPrefix, Scope callerScope) {
    Map<String, Value> inputs = new LinkedHashMap<>();
    Map<String, List<String>> refs = new LinkedHashMap<>();
    Map<String, Location> setAt = new LinkedHashMap<>();
    AttributeReferences callerRefs = attributeRefs();
    String callFile = moduleFiles.getOrDefault(name, "?");
    for (Body.Attribute a : block.body().attributes()) {
      if (!MODULE_META.contains(a.name())) {
        inputs.put(a.name(), safeEval(a.expr(), callerScope, childPrefix + "var." + a.name()));
        refs.put(a.name(), callerRefs.of(a.expr()));
        setAt.put(a.name(), ValueSource.variable(a.expr()).map(variableSetAt::get)
            .orElse(new Location.SourceLocation(callFile, a.line())));
      }
    }
    String key = manifestKey.isEmpty() ? name : manifestKey + "." + name;
    ModuleEvaluator m = new ModuleEvaluator(shared, dir, childPrefix, key, chain, childProvider(block));
    m.inheritedDependsOn.addAll(inheritedDependsOn);
    references().dependsOn(block).forEach(r -> m.inheritedDependsOn.add(prefix + r));
    children.putIfAbsent(name, m);
    m.evaluateChild(inputs, refs, setAt);
    return m;
  }

  /** {@code providers = { google = google.west }} passes an aliased configuration as the child's default. */
  private ProviderDefaults childProvider(Body.Block call) {
    Optional<Expr> passed = call.body().attribute("providers").map(Body.Attribute::expr)
        .filter(Expr.ObjectCons.class::isInstance).map(Expr.ObjectCons.class::cast)
        .flatMap(o -> o.items().stream()
            .filter(i -> i.key() instanceof Expr.Literal l && l.value().equals(Value.str("google"))
                || i.key() instanceof Expr.Traversal t && t.root().equals("google") && t.steps().isEmpty())
            .map(Expr.ObjectCons.Item::value).findFirst());
    return passed.flatMap(ModuleEvaluator::providerKey).map(aliases::get).map(a -> a.over(provider)).orElse(provider);
  }

  /** A local source relative to this module, or a remote one that terraform init downloaded. */
  private Optional<Path> sourceDirectory(String name, Body.Block block, String where) {
    Optional<String> source = block.body().attribute("source")
        .map(a -> safeEval(a.expr(), Scope.EMPTY, where + ".source")).flatMap(Value::asString);
    if (source.isEmpty()) {
      throw new InputException(where + ": source must be a literal string");
    }
    String src = source.get();
    if (src.startsWith("./") || src.startsWith("../")) {
      Path dir = root.resolve(src).normalize();
      if (!shared.listings().isDirectory(dir)) {
        throw new InputException(where + ": source \"" + src + "\" is " + (Files.isSymbolicLink(dir)
            ? "a symlink that does not resolve (a loop, or a missing target)" : "not a directory"));
      }
      Path absolute = dir.toAbsolutePath().normalize();
      shared.repository().filter(repo -> !absolute.startsWith(repo)).ifPresent(repo -> notes.add(where + ": source \""
          + src + "\" is outside the repository (" + repo + "); it is read from " + absolute));
      return Optional.of(dir);
    }
    String key = manifestKey.isEmpty() ? name : manifestKey + "." + name;
    Optional<Path> downloaded = shared.manifest().directory(key).filter(Files::isDirectory);
    if (downloaded.isEmpty()) {
      shared.unread().add(where + ": module source \"" + src + "\" is not downloaded (run terraform init); its "
          + "resources are not checked and its outputs are unknown");
    }
    return downloaded;
  }

  /** A known count: a whole number from 0 to {@link #MAX_COUNT}, as Terraform requires (it sets no upper bound). */
  private static int countOf(Value n, String where) {
    java.math.BigDecimal d;
    try {
      d = Evaluator.toNum(n);
    } catch (EvalException e) {
      throw new InputException(where + ": count: " + e.getMessage());
    }
    if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0) {
      throw new InputException(where + ": count must be a whole number of 0 or more, not " + d.toPlainString());
    }
    if (d.compareTo(java.math.BigDecimal.valueOf(MAX_COUNT)) > 0) {
      throw new InputException(where + ": count " + d.toPlainString() + " is more than vpcgate expands ("
          + MAX_COUNT + ")");
    }
    return d.intValueExact();
  }

  /** The module directories from the first call of {@code dir} down to this module, and {@code dir} again. */
  private String cycle(Path dir) {
    List<Path> loop = new ArrayList<>(chain.subList(chain.indexOf(dir), chain.size()));
    loop.add(dir);
    return String.join(" -> ", loop.stream().map(files::relative).toList());
  }

  private static List<Map.Entry<Value, Value>> eachEntries(Value each) {
    if (each instanceof Value.MapV m) {
      List<Map.Entry<Value, Value>> out = new ArrayList<>();
      new java.util.TreeMap<>(m.entries()).forEach((k, v) -> out.add(Map.entry(Value.str(k), v)));
      return out;
    }
    List<Map.Entry<Value, Value>> out = new ArrayList<>();
    for (Value item : ((Value.ListV) each).items()) {
      out.add(Map.entry(Value.str(Evaluator.toStr(item)), item));
    }
    return out;
  }

  // ---- resources ---------------------------------------------------------------------------

  private void expand(String key) {
    if (resourceValues.containsKey(key)) {
      return;
    }
    Body.Block block = resourceBlocks.get(key);
    String type = block.label(0);
    String file = resourceFiles.get(key);
    Scope scope = moduleScope();
    var count = block.body().attribute("count");
    var forEach = block.body().attribute("for_each");
    if (count.isPresent()) {
      Value n = safeEval(count.get().expr(), scope, key + ".count");
      if (!n.isKnown()) {
        notes.add(prefix + key + ": count is unknown before apply (" + ((Value.Unknown) n).reason() + "); its instances are not checked");
        resourceValues.put(key, new Value.Unknown("count of " + key + " is unknown"));
        return;
      }
      List<Value> list = new ArrayList<>();
      for (int i = 0, c = countOf(n, resourceFiles.get(key) + ":" + block.line() + ": " + prefix + key); i < c; i++) {
        Scope s = Scope.with(scope, Map.of("count", new Value.MapV(Map.of("index", Value.Num.of(i)))));
        list.add(instance(type, key + "[" + i + "]", block, file, s));
      }
      resourceValues.put(key, new Value.ListV(list));
    } else if (forEach.isPresent()) {
      Value each = safeEval(forEach.get().expr(), scope, key + ".for_each");
      if (!each.isWhollyKnown() || !(each instanceof Value.MapV || each instanceof Value.ListV)) {
        notes.add(prefix + key + ": for_each is unknown before apply; its instances are not checked");
        resourceValues.put(key, new Value.Unknown("for_each of " + key + " is unknown"));
        return;
      }
      Map<String, Value> out = new LinkedHashMap<>();
      for (Map.Entry<Value, Value> kv : eachEntries(each)) {
        String k = Evaluator.toStr(kv.getKey());
        Scope s = Scope.with(scope, Map.of("each", new Value.MapV(Map.of("key", kv.getKey(), "value", kv.getValue()))));
        out.put(k, instance(type, key + "[\"" + k + "\"]", block, file, s));
      }
      resourceValues.put(key, new Value.MapV(out));
    } else {
      resourceValues.put(key, instance(type, key, block, file, scope));
    }
  }

  private Value instance(String type, String address, Body.Block block, String file, Scope scope) {
    if (instances.size() >= MAX_INSTANCES) {
      throw new InputException(file + ":" + block.line() + ": " + prefix + address + ": the configuration expands to more "
          + "than " + MAX_INSTANCES + " resource instances; vpcgate does not check configurations this large");
    }
    Map<String, Location> lines = new LinkedHashMap<>();
    Map<String, List<String>> refs = new LinkedHashMap<>();
    valueLines = new LinkedHashMap<>();
    Value.MapV config = body(block.body(), scope, "", file, lines, address, refs, List.of());
    ProviderDefaults defaults = providerFor(block);
    instances.add(new TfResource(type, prefix + address, new Location.SourceLocation(file, block.line()), config, lines,
        defaults.project(), defaults.region(), io.vpcgate.model.PlannedChange.NONE, ignoreChanges(block),
        java.util.stream.Stream.concat(references().of(block).stream().map(r -> prefix + r), inheritedDependsOn.stream())
            .distinct().toList(), refs, valueLines));
    Map<String, Value> withComputed = new LinkedHashMap<>(config.entries());
    // An attribute written as null is unset: a reference to it is known after apply, as to one left out
    // (the provider may compute it).
    withComputed.values().removeIf(Value::isNull);
    ComputedAttributes.add(type, withComputed, defaults.project(), defaults.region());
    return new Value.MapV(withComputed, "known after apply");
  }

  /** A data source's arguments (which resource it reads), evaluated once; its results are unknown before plan. */
  private void dataSource(String key, Body.Block block) {
    String file = resourceFiles.get("data." + key);
    Map<String, Location> lines = new LinkedHashMap<>();
    Value.MapV config = body(block.body(), moduleScope(), "", file, lines, "data." + key, new LinkedHashMap<>(),
        List.of());
    ProviderDefaults defaults = providerFor(block);
    shared.dataSources().add(new TfResource(block.label(0), prefix + "data." + key,
        new Location.SourceLocation(file, block.line()), config, lines, defaults.project(), defaults.region()));
  }

  /**
   * A map written as an object ({@code environment_variables = { REDIS_HOST = google_redis_instance.cache.host }}):
   * each entry's references under its own path ({@code environment_variables.REDIS_HOST}), so a
   * value is bound to what it is computed from, not to every reference of the map.
   */
  private void entryReferences(Body.Attribute a, String prefix, Map<String, List<String>> refs) {
    if (!(a.expr() instanceof Expr.ObjectCons o)) {
      return;
    }
    for (Expr.ObjectCons.Item item : o.items()) {
      String key = TypeConversion.attributeName(item.key());
      List<String> r = key == null ? List.of() : attributeRefs().of(item.value());
      if (!r.isEmpty()) {
        refs.put(prefix + a.name() + "." + key, r);
      }
    }
  }

  private References references() {
    return new References(resourceBlocks.keySet(), moduleBlocks.keySet(), localExprs);
  }

  /** {@code lifecycle { ignore_changes = [template[0].annotations, labels] }} as paths; {@code all} is "*". */
  private static List<String> ignoreChanges(Body.Block block) {
    List<String> out = new ArrayList<>();
    for (Body.Block lifecycle : block.body().blocks("lifecycle")) {
      lifecycle.body().attribute("ignore_changes").map(Body.Attribute::expr).ifPresent(e -> {
        if (e instanceof Expr.Traversal t && t.root().equals("all")) {
          out.add("*");
        } else if (e instanceof Expr.Tuple tuple) {
          for (Expr item : tuple.items()) {
            if (item instanceof Expr.Traversal t) {
              StringBuilder path = new StringBuilder(t.root());
              t.steps().forEach(st -> {
                if (st instanceof Expr.Step.Attr a) {
                  path.append('.').append(a.name());
                }
              });
              out.add(path.toString());
            }
          }
        }
      });
    }
    return out;
  }

  /**
   * {@code refs} receives each attribute's references by path; {@code inherited}: the references of
   * the collection a dynamic block iterates, which its content's values may be computed from.
   */
  private Value.MapV body(Body body, Scope scope, String prefix, String file, Map<String, Location> lines, String address,
      Map<String, List<String>> refs, List<String> inherited) {
    Map<String, Value> out = new LinkedHashMap<>();
    List<Body.Attribute> as = body.attributes();
    for (int n = 0; n < as.size(); n++) {
      Body.Attribute a = as.get(n);
      if (prefix.isEmpty() && META_ATTRIBUTES.contains(a.name())) {
        continue;
      }
      String path = prefix + a.name();
      lines.put(path, new Location.SourceLocation(file, a.line()));
      Optional<String> variable = ValueSource.variable(a.expr()); // no lambdas: this runs for every attribute
      Location setAt = variable.isPresent() ? variableSetAt.get(variable.get()) : null;
      if (setAt != null) {
        valueLines.put(path, setAt);
      }
      Value value = safeEval(a.expr(), scope, address, path);
      out.put(a.name(), value);
      if (value.isNull()) {
        lines.remove(path); // null is unset: the path is not configured (the last of two same-named ones counts)
      }
      List<String> r = withInherited(attributeRefs().of(a.expr()), inherited);
      if (!r.isEmpty()) {
        refs.put(path, r);
      }
      entryReferences(a, prefix, refs);
    }
    Map<String, List<Value>> blocks = new LinkedHashMap<>();
    List<Body.Block> bs = body.blocks();
    for (int n = 0; n < bs.size(); n++) {
      Body.Block b = bs.get(n);
      if (META_BLOCKS.contains(b.type())) {
        continue;
      }
      if (b.type().equals("dynamic")) {
        dynamic(b, scope, prefix, file, lines, address, blocks, out, refs, inherited);
        continue;
      }
      List<Value> list = blocks.computeIfAbsent(b.type(), k -> new ArrayList<>());
      String p = prefix + b.type() + "[" + list.size() + "]";
      lines.put(p, new Location.SourceLocation(file, b.line()));
      list.add(body(b.body(), scope, p + ".", file, lines, address, refs, inherited));
    }
    List<String> shadowed = new ArrayList<>();
    blocks.forEach((k, v) -> {
      if (!out.containsKey(k)) {
        out.put(k, new Value.ListV(v));
      } else {
        shadowed.add(k);
      }
    });
    Value.MapV value = new Value.MapV(out, "known after apply"); // providers compute attributes nobody configured
    if (!shadowed.isEmpty()) {
      unconfigureShadowed(value, prefix, shadowed, lines);
    }
    return value;
  }

  /**
   * Takes out of {@code lines} the paths of blocks whose name an attribute of the same body also has (the
   * attribute's value is what the configuration holds there): those that lead to no value, or to null, in it.
   */
  private static void unconfigureShadowed(Value.MapV body, String prefix, List<String> names,
      Map<String, Location> lines) {
    lines.keySet().removeIf(path -> {
      for (String k : names) {
        if (path.startsWith(prefix + k + "[")) {
          return ConfiguredPaths.at(body, path.substring(prefix.length())).isNull();
        }
      }
      return false;
    });
  }

  private void dynamic(Body.Block b, Scope scope, String prefix, String file, Map<String, Location> lines,
      String address, Map<String, List<Value>> blocks, Map<String, Value> out, Map<String, List<String>> refs,
      List<String> inherited) {
    String name = b.label(0);
    String iterator = b.body().attribute("iterator")
        .map(a -> a.expr() instanceof Expr.Traversal t ? t.root() : name).orElse(name);
    Value each = b.body().attribute("for_each")
        .map(a -> safeEval(a.expr(), scope, address + ".dynamic." + name))
        .orElse(new Value.Unknown("dynamic block without for_each"));
    List<Body.Block> content = b.body().blocks("content");
    if (!each.isWhollyKnown() || content.isEmpty()) {
      out.put(name, new Value.Unknown("dynamic " + name + " blocks are unknown before apply"));
      return;
    }
    List<Value> list = blocks.computeIfAbsent(name, k -> new ArrayList<>());
    for (Map.Entry<Value, Value> kv : iterate(each)) {
      Scope s = Scope.with(scope, Map.of(iterator, new Value.MapV(Map.of("key", kv.getKey(), "value", kv.getValue()))));
      String p = prefix + name + "[" + list.size() + "]";
      lines.put(p, new Location.SourceLocation(file, b.line()));
      List<String> each2 = new ArrayList<>(inherited);
      b.body().attribute("for_each").map(a -> attributeRefs().of(a.expr())).ifPresent(each2::addAll);
      list.add(body(content.get(0).body(), s, p + ".", file, lines, address, refs, each2));
    }
  }

  private static List<Map.Entry<Value, Value>> iterate(Value coll) {
    List<Map.Entry<Value, Value>> out = new ArrayList<>();
    if (coll instanceof Value.ListV l) {
      for (int i = 0; i < l.items().size(); i++) {
        out.add(Map.entry(Value.Num.of(i), l.items().get(i)));
      }
    } else if (coll instanceof Value.MapV m) {
      new java.util.TreeMap<>(m.entries()).forEach((k, v) -> out.add(Map.entry(Value.str(k), v)));
    }
    return out;
  }

  /** The attribute's references, then those of what a dynamic block iterates that it does not have already. */
  private static List<String> withInherited(List<String> own, List<String> inherited) {
    if (inherited.isEmpty()) {
      return own;
    }
    List<String> r = new ArrayList<>(own);
    inherited.stream().filter(x -> !r.contains(x)).forEach(r::add);
    return r;
  }

  /** {@link #safeEval(Expr, Scope, String)} of a resource's attribute, named only if it cannot be evaluated. */
  private Value safeEval(Expr e, Scope scope, String address, String path) {
    try {
      return evaluator.eval(e, scope);
    } catch (EvalException ex) {
      return notEvaluated(address + "." + path, ex);
    }
  }

  /** Evaluates; an expression Terraform would reject becomes unknown, with a note naming it. */
  private Value safeEval(Expr e, Scope scope, String what) {
    try {
      return evaluator.eval(e, scope);
    } catch (EvalException ex) {
      return notEvaluated(what, ex);
    }
  }

  private Value notEvaluated(String what, EvalException ex) {
    notes.add(what + ": cannot evaluate: " + ex.getMessage());
    return new Value.Unknown("cannot evaluate: " + ex.getMessage());
  }
}
