package io.vpcgate.rules.terraform;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.kinds.ProviderAttributes;
import io.vpcgate.model.Location;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.EnvNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * TF-01: an attribute or block the provider does not have ({@code max_instance = 20}): Terraform
 * rejects the configuration, and until it does, vpcgate reads the intended setting as absent. A
 * WARNING, not an input error: the table of names could lag the provider.
 */
@RuleInfo(
    id = "TF-01",
    summary = "Terraform sets an attribute or block the provider does not have",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {Resource.class},
    readsLive = false)
public final class UnknownAttribute implements Rule {
  private static final Set<String> META = Set.of("count", "for_each", "depends_on", "provider", "lifecycle",
      "provisioner", "connection");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Resource r : ctx.desired().resources()) {
      Optional<Set<String>> accepted = ProviderAttributes.of(r.terraformType());
      if (accepted.isEmpty()) {
        continue;
      }
      // The attribute or block itself, not what is inside it: the shortest path under each name the provider does
      // not have (most names it has, and they need nothing more; this runs for every path of every resource).
      Map<String, String> shortest = null;
      for (String path : r.origin().attributes().keySet()) {
        String top = topLevel(path);
        if (accepted.get().contains(top) || META.contains(top)) {
          continue;
        }
        shortest = shortest == null ? new TreeMap<>() : shortest;
        String had = shortest.get(top);
        if (had == null || path.length() < had.length()) {
          shortest.put(top, path);
        }
      }
      if (shortest == null) {
        continue;
      }
      for (Map.Entry<String, String> e : shortest.entrySet()) { // by name
        String name = e.getKey();
        Location at = r.origin().attributes().get(e.getValue());
        Optional<String> near = nearest(name, accepted.get());
        out.add(ctx.finding(r, at)
            .message("%s sets %s, which %s does not have; Terraform rejects the configuration (\"An argument named "
                + "\\\"%s\\\" is not expected here\"), and the setting is read as absent", r.address(), name,
                r.terraformType(), name)
            .remediation("%s", near.map(n -> "Did you mean " + n + "? ").orElse("") + "Use an argument of "
                + r.terraformType() + " (names from " + ProviderAttributes.source() + ")")
            .about(name)
            .build());
      }
    }
    return out.stream();
  }

  /** The accepted name closest to {@code name}, when close enough to be a slip (two edits, or one name extending the other). */
  private static Optional<String> nearest(String name, Set<String> accepted) {
    return accepted.stream().filter(a -> EnvNames.distance(a, name) <= 2 || a.startsWith(name) || name.startsWith(a))
        .min(Comparator.comparingInt((String a) -> EnvNames.distance(a, name)).thenComparing(Comparator.naturalOrder()));
  }

  /** The attribute or block a path starts with: up to its first '.' or '[' (a split on a regex compiled per path). */
  private static String topLevel(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        return path.substring(0, i);
      }
    }
    return path;
  }
}
