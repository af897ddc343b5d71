package io.vpcgate.cli;

import io.vpcgate.engine.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * An organisation's own rules for one run, compiled on a thread of their own while the Terraform is read:
 * starting CEL costs most of a second of CPU, which a check that waited for it before reading would add to its
 * wall time. Their IDs are read from the files at once (what settings and suppressions may name; a file that
 * is not valid YAML fails here); an expression that does not type-check fails the run, exit 3, when the rules
 * are first asked for.
 */
final class CustomRuleLoad {
  static final CustomRuleLoad NONE = new CustomRuleLoad(Map.of(), CompletableFuture.completedFuture(List.of()));

  private final Map<String, String> definedIn;
  private final CompletableFuture<List<Rule>> rules;

  private CustomRuleLoad(Map<String, String> definedIn, CompletableFuture<List<Rule>> rules) {
    this.definedIn = Map.copyOf(definedIn);
    this.rules = rules;
  }

  /** The rules of {@code --rules} or the nearest .vpcgate/rules, their compilation started; none without files. */
  static CustomRuleLoad start(Optional<Path> given, Path root) {
    List<Path> files = CustomRuleFiles.find(given, root);
    if (files.isEmpty()) {
      return NONE;
    }
    java.util.Set<String> builtIn = CustomRuleFiles.builtInIds();
    io.vpcgate.custom.CustomRules.Read read = io.vpcgate.custom.CustomRules.read(files, builtIn); // the YAML, once
    Map<String, String> ids = read.ids();
    CompletableFuture<List<Rule>> compiled = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        compiled.complete(read.compile());
      } catch (RuntimeException | Error e) {
        compiled.completeExceptionally(e);
      }
    }, "vpcgate-custom-rules");
    t.setDaemon(true);
    t.start();
    return new CustomRuleLoad(ids, compiled);
  }

  /** Rule ID to where it is defined ({@code .vpcgate/rules/x.yaml:3}). */
  Map<String, String> definedIn() {
    return definedIn;
  }

  /** The compiled rules, once compiled; what compiling threw (an input error in an expression) is thrown here. */
  List<Rule> rules() {
    try {
      return rules.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
