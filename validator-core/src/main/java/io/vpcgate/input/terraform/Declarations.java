package io.vpcgate.input.terraform;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Body;
import java.util.HashMap;
import java.util.Map;

/**
 * What Terraform itself rejects in a module's top-level blocks before it plans: a block with the
 * wrong number of labels ("All resource blocks must have 2 labels (type, name)"), and a resource,
 * data source, module call, variable, output or local value declared twice in one module. Each is
 * an input error naming the file and line, never silently read as the first or the last.
 */
final class Declarations {
  private static final Map<String, Integer> LABELS = Map.of("resource", 2, "data", 2, "module", 1, "variable", 1,
      "output", 1, "provider", 1, "locals", 0);
  private static final Map<String, String> LABEL_NAMES = Map.of("resource", "type, name", "data", "type, name",
      "module", "name", "variable", "name", "output", "name", "provider", "name", "locals", "none");

  private final Map<String, String> declared = new HashMap<>();

  /** Checks {@code block} of {@code file} against those seen before in the same module. */
  void add(String file, Body.Block block) {
    Integer labels = LABELS.get(block.type());
    if (labels == null) {
      return;
    }
    if (block.labels().size() != labels) {
      throw new InputException(file + ":" + block.line() + ": " + block.type() + " block with " + block.labels().size()
          + " label" + (block.labels().size() == 1 ? "" : "s") + "; all " + block.type() + " blocks must have "
          + labels + " (" + LABEL_NAMES.get(block.type()) + ")");
    }
    if (block.type().equals("locals")) {
      block.body().attributes().forEach(a -> declare(file, a.line(), "local value", "local." + a.name()));
    } else if (!block.type().equals("provider")) {
      String what = block.type().equals("module") ? "module call" : block.type();
      declare(file, block.line(), what, String.join(".", block.labels()) + "@" + block.type());
    }
  }

  private void declare(String file, int line, String what, String key) {
    String earlier = declared.putIfAbsent(key, file + ":" + line);
    if (earlier != null) {
      String name = key.substring(0, key.lastIndexOf('@') < 0 ? key.length() : key.lastIndexOf('@'));
      throw new InputException(file + ":" + line + ": duplicate " + what + " " + name + ": already declared at " + earlier);
    }
  }
}
