package io.driftgate.input.terraform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to read a root module: extra var files and {@code --var} values (in command-line order), and
 * the environment's {@code TF_VAR_name} values (the CLI passes the process environment).
 */
public record TerraformOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment) {
  public static final TerraformOptions NONE = new TerraformOptions(List.of(), Map.of(), Map.of());

  public TerraformOptions {
    varFiles = List.copyOf(varFiles);
    vars = Map.copyOf(vars);
    environment = Map.copyOf(environment);
  }

  public TerraformOptions(List<Path> varFiles, Map<String, String> vars) {
    this(varFiles, vars, Map.of());
  }
}
