package io.driftgate.input.terraform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** How to read a root module: extra var files and {@code --var} values, in command-line order. */
public record TerraformOptions(List<Path> varFiles, Map<String, String> vars) {
  public static final TerraformOptions NONE = new TerraformOptions(List.of(), Map.of());

  public TerraformOptions {
    varFiles = List.copyOf(varFiles);
    vars = Map.copyOf(vars);
  }
}
