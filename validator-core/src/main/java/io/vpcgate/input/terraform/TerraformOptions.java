package io.vpcgate.input.terraform;

import io.vpcgate.model.Attr;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read a root module: extra var files and {@code --var} values (in command-line order), the
 * environment's {@code TF_VAR_name} values (the CLI passes the process environment), and the
 * project and region to assume where no google provider block sets them (from .vpcgate.yml); {@code listings}: the
 * directories a recursive check's walk has already listed; {@code parses}: the files of modules that its roots share.
 */
public record TerraformOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment,
    Optional<String> defaultProject, Optional<String> defaultRegion, DirectoryListings listings,
    ModuleParses parses) {
  public static final TerraformOptions NONE =
      new TerraformOptions(List.of(), Map.of(), Map.of(), Optional.empty(), Optional.empty());

  public TerraformOptions {
    varFiles = List.copyOf(varFiles);
    vars = Map.copyOf(vars);
    environment = Map.copyOf(environment);
  }

  public TerraformOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment,
      Optional<String> defaultProject, Optional<String> defaultRegion) {
    this(varFiles, vars, environment, defaultProject, defaultRegion, DirectoryListings.NONE, ModuleParses.NONE);
  }

  /** These options for the roots of one recursive run: listed directories in {@code listings}, shared {@code parses}. */
  public TerraformOptions acrossRoots(DirectoryListings listings, ModuleParses parses) {
    return new TerraformOptions(varFiles, vars, environment, defaultProject, defaultRegion, listings, parses);
  }

  public TerraformOptions(List<Path> varFiles, Map<String, String> vars, Map<String, String> environment) {
    this(varFiles, vars, environment, Optional.empty(), Optional.empty());
  }

  public TerraformOptions(List<Path> varFiles, Map<String, String> vars) {
    this(varFiles, vars, Map.of());
  }

  ProviderDefaults providerDefaults() {
    return new ProviderDefaults(defaultProject.<Attr<String>>map(Attr::known).orElse(Attr.absent()),
        defaultRegion.<Attr<String>>map(Attr::known).orElse(Attr.absent()));
  }
}
