package io.vpcgate.cli;

import io.vpcgate.input.InputException;
import io.vpcgate.rules.BuiltInRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where an organisation's own rules are: {@code --rules} (a directory of YAML files, or one file),
 * else the nearest {@code .vpcgate/rules} in the checked directory or a parent, as {@code .vpcgate.yml}
 * is found. The rules are compiled only when a file exists: a run without them never loads CEL.
 */
final class CustomRuleFiles {
  static final String DIR = ".vpcgate/rules";

  private CustomRuleFiles() {}

  /** The rule files: of {@code given} when given (which must exist), else of the nearest {@value #DIR}. */
  static List<Path> find(Optional<Path> given, Path root) {
    if (given.isPresent()) {
      Path g = given.get();
      if (Files.isRegularFile(g)) {
        return List.of(g);
      }
      if (!Files.isDirectory(g)) {
        throw new InputException(g + ": no such rules file or directory (--rules)");
      }
      return yaml(g);
    }
    for (Path d = root.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(DIR);
      if (Files.isDirectory(candidate)) {
        Path cwd = Path.of("").toAbsolutePath();
        return yaml(candidate.startsWith(cwd) ? cwd.relativize(candidate) : candidate);
      }
    }
    return List.of();
  }

  static Set<String> builtInIds() {
    return BuiltInRules.all().stream().map(r -> r.metadata().id()).collect(Collectors.toSet());
  }

  private static List<Path> yaml(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list the rules directory: " + e.getMessage(), e);
    }
  }
}
