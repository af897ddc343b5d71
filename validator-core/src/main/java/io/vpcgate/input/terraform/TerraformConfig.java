package io.vpcgate.input.terraform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An evaluated root module: its resource instances, notes on what could not be evaluated, the files
 * it was read from that mention a suppression comment (path as reports show it → file: the only ones
 * the suppression scan reads again), and the
 * {@code data} sources that read data stores (their arguments, which say which one), and what
 * could not be read at all (a module not downloaded): the run is incomplete. {@code moduleSources}: the literal
 * sources of the root module's module blocks in its .tf files, as written ({@code "../modules/net"}), which tell
 * the modules a repository's directories call from its root modules.
 */
public record TerraformConfig(List<TfResource> resources, List<String> notes, Map<String, Path> suppressionSources,
    List<TfResource> dataSources, List<String> unread, Declared declared, List<String> moduleSources) {
  public TerraformConfig {
    resources = List.copyOf(resources);
    notes = List.copyOf(notes);
    suppressionSources = Map.copyOf(suppressionSources);
    dataSources = List.copyOf(dataSources);
    unread = List.copyOf(unread);
    moduleSources = List.copyOf(moduleSources);
  }

  public TerraformConfig(List<TfResource> resources, List<String> notes, Map<String, Path> suppressionSources,
      List<TfResource> dataSources, List<String> unread, Declared declared) {
    this(resources, notes, suppressionSources, dataSources, unread, declared, List.of());
  }

  public TerraformConfig(List<TfResource> resources, List<String> notes, Map<String, Path> suppressionSources,
      List<TfResource> dataSources) {
    this(resources, notes, suppressionSources, dataSources, List.of(), Declared.UNKNOWN);
  }

  public TerraformConfig(List<TfResource> resources, List<String> notes, Map<String, Path> suppressionSources) {
    this(resources, notes, suppressionSources, List.of());
  }

  public TerraformConfig(List<TfResource> resources, List<String> notes) {
    this(resources, notes, Map.of());
  }
}
