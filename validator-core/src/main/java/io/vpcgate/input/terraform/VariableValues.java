package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.EvalException;
import io.vpcgate.input.hcl.Evaluator;
import io.vpcgate.input.hcl.HclParser;
import io.vpcgate.input.hcl.HclSyntaxException;
import io.vpcgate.input.hcl.Scope;
import io.vpcgate.input.hcl.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values given for a root module's variables, with Terraform's precedence (later wins):
 * TF_VAR_name environment variables, terraform.tfvars, *.auto.tfvars in lexical order, then
 * --var-file files and --var values.
 */
final class VariableValues {
  private VariableValues() {}

  /**
   * The values, and where each was set when that is a line of a tfvars file in the module (a value from
   * --var, TF_VAR_ or a --var-file named as typed has no line in the module to point at).
   */
  record Given(Map<String, Value> values, Map<String, io.vpcgate.model.Location> setAt) {}

  static Given given(ModuleFiles files, TerraformOptions options, Evaluator evaluator) {
    Map<String, Value> given = new LinkedHashMap<>();
    Map<String, io.vpcgate.model.Location> setAt = new LinkedHashMap<>();
    new java.util.TreeMap<>(options.environment()).forEach((k, v) -> {
      if (k.startsWith("TF_VAR_") && k.length() > "TF_VAR_".length()) {
        given.put(k.substring("TF_VAR_".length()), cliValue(k, v, evaluator));
      }
    });
    for (String name : java.util.List.of("terraform.tfvars", "terraform.tfvars.json")) {
      Path tfvars = files.root().resolve(name);
      if (files.isRegularFile(tfvars)) { // like Terraform, a dangling terraform.tfvars symlink is no file
        given.putAll(read(files, tfvars, files.relative(tfvars), evaluator, setAt));
      }
    }
    files.list(n -> n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json"))
        .forEach(p -> given.putAll(read(files, p, files.relative(p), evaluator, setAt)));
    for (Path p : options.varFiles()) {
      if (Files.isDirectory(p)) {
        throw new InputException(p + ": --var-file is a directory, not a file");
      }
      if (!Files.isRegularFile(p)) {
        throw new InputException(p + ": --var-file does not exist");
      }
      Map<String, Value> fromFile = read(files, p, p.toString(), evaluator, new LinkedHashMap<>()); // named as typed
      given.putAll(fromFile);
      fromFile.keySet().forEach(setAt::remove);
    }
    options.vars().forEach((k, v) -> given.put(k, cliValue(k, v, evaluator)));
    options.vars().keySet().forEach(setAt::remove);
    return new Given(given, setAt);
  }

  /** A tfvars file: attributes whose values need no references. */
  private static Map<String, Value> read(ModuleFiles files, Path p, String shownAs, Evaluator evaluator,
      Map<String, io.vpcgate.model.Location> setAt) {
    if (p.getFileName().toString().endsWith(".json")) {
      Map<String, Value> values = json(files.read(p), shownAs);
      values.keySet().forEach(setAt::remove); // JSON values carry no line here
      return values;
    }
    Body body = files.parse(p, shownAs);
    Map<String, Value> out = new LinkedHashMap<>();
    for (Body.Attribute a : body.attributes()) {
      try {
        out.put(a.name(), evaluator.eval(a.expr(), Scope.EMPTY));
        setAt.put(a.name(), new io.vpcgate.model.Location.SourceLocation(shownAs, a.line()));
      } catch (EvalException e) {
        throw new InputException(shownAs + ":" + a.line() + ": " + a.name() + ": " + e.getMessage());
      }
    }
    return out;
  }

  /** A .tfvars.json file: one JSON object whose values are the variables' values, taken literally. */
  private static Map<String, Value> json(String text, String shownAs) {
    com.fasterxml.jackson.databind.JsonNode root;
    try {
      root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(shownAs + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(shownAs + ": a .tfvars.json file is one JSON object of variable values");
    }
    Map<String, Value> out = new LinkedHashMap<>();
    root.fields().forEachRemaining(e -> out.put(e.getKey(), io.vpcgate.input.hcl.JsonValues.convert(e.getValue(), null, null)));
    return out;
  }

  /** {@code --var k=v} or {@code TF_VAR_k=v}: a string, unless it is written as a list or object. */
  private static Value cliValue(String name, String raw, Evaluator evaluator) {
    String t = raw.trim();
    if (t.startsWith("[") || t.startsWith("{")) {
      try {
        return evaluator.eval(HclParser.parseExpression(t), Scope.EMPTY);
      } catch (HclSyntaxException | EvalException e) {
        throw new InputException((name.startsWith("TF_VAR_") ? name : "--var " + name) + ": " + e.getMessage());
      }
    }
    return Value.str(raw);
  }
}
