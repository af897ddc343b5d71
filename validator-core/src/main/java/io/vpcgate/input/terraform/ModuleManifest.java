package io.vpcgate.input.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcgate.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The modules {@code terraform init} downloaded: {@code .terraform/modules/modules.json} maps a
 * module key ({@code net}, {@code net.subnets} for nested calls) to its directory.
 */
final class ModuleManifest {
  static final ModuleManifest NONE = new ModuleManifest(Map.of());

  private final Map<String, Path> directories;

  private ModuleManifest(Map<String, Path> directories) {
    this.directories = Map.copyOf(directories);
  }

  static ModuleManifest read(Path rootModule) {
    Path file = rootModule.resolve(".terraform").resolve("modules").resolve("modules.json");
    if (!Files.isRegularFile(file)) {
      return NONE;
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new InputException(".terraform/modules/modules.json: invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(".terraform/modules/modules.json: cannot read: " + e.getMessage(), e);
    }
    Map<String, Path> dirs = new HashMap<>();
    for (JsonNode m : json.path("Modules")) {
      String key = m.path("Key").asText("");
      String dir = m.path("Dir").asText("");
      if (!key.isEmpty() && !dir.isEmpty()) {
        dirs.put(key, rootModule.resolve(dir).normalize());
      }
    }
    return new ModuleManifest(dirs);
  }

  Optional<Path> directory(String key) {
    return Optional.ofNullable(directories.get(key));
  }
}
