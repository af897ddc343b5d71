package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Terraform root module and every module it calls (local ones, and remote ones that
 * {@code terraform init} downloaded) into evaluated resource instances with module-qualified
 * addresses.
 */
public final class TerraformReader {
  private TerraformReader() {}

  public static TerraformConfig read(Path dir, TerraformOptions options) {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": " + (Files.exists(dir) ? "not a directory" : "no such directory"));
    }
    // its listing serves the root module's evaluation too
    ModuleFiles files = new ModuleFiles(dir, dir, options.listings(), options.parses());
    if (!files.hasConfiguration()) {
      throw new InputException(dir + ": no .tf or .tf.json files (is this a Terraform root module?)");
    }
    List<TfResource> instances = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<TfResource> dataSources = new ArrayList<>();
    java.util.Map<String, Path> suppressionSources = new java.util.LinkedHashMap<>();
    List<String> unread = new ArrayList<>();
    java.util.Set<String> declared = new java.util.HashSet<>();
    java.util.Set<String> opaque = new java.util.HashSet<>();
    List<String> moduleSources = new ArrayList<>();
    ModuleEvaluator.Shared shared =
        new ModuleEvaluator.Shared(dir, instances, notes, ModuleManifest.read(dir), new Evaluator(), suppressionSources,
            options.listings().repositoryOf(dir), dataSources, unread, declared, opaque, options.listings(),
            options.parses());
    new ModuleEvaluator(shared, files, "", "", List.of(), options.providerDefaults()).evaluateRoot(options, moduleSources);
    return new TerraformConfig(instances, notes, suppressionSources, dataSources, unread, new Declared(declared, opaque),
        moduleSources);
  }
}
