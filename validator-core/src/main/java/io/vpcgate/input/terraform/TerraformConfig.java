package io.vpcgate.input.terraform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An evaluated root module: its resource instances, notes on what could not be evaluated, the files
 * it was read from that mention a suppression comment (path as reports show it → file: the only ones
 * the suppression scan reads again), and the
 * {@code data} sources that read data stores (their arguments, which say which one), and what
 * could not be read at all (a module not downloaded): the run is incomplete.
 */
public record TerraformConfig(List<TfResource> resources, List<String> notes, Map<String, Path> suppressionSources,
    List<TfResource> dataSources, List<String> unread, Declared declared) {
  public TerraformConfig {
    resources = List.copyOf(resources);
    notes = List.copyOf(notes);
    suppressionSources = Map.copyOf(suppressionSources);
    dataSources = List.copyOf(dataSources);
    unread = List.copyOf(unread);
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
