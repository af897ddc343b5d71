package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which attribute paths a resource's configuration sets. In Terraform {@code null} means unset,
 * everywhere: an attribute written as {@code null} (or evaluating to it, like {@code
 * each.value.network} with {@code network = null}) is not configured. A plan's {@code
 * configuration} section leaves {@code dynamic} blocks out, so a nested block the planned values
 * hold and the configuration does not mention at all counts as configured with every non-null
 * value in it: planned values are the truth.
 */
public final class ConfiguredPaths {
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)\\]");

  private ConfiguredPaths() {}

  /** {@code attributes} without the paths whose value in {@code config} is null. */
  public static Map<String, Location> withoutNulls(Map<String, Location> attributes, Value.MapV config) {
    Map<String, Location> out = new LinkedHashMap<>();
    attributes.forEach((path, at) -> {
      if (!at(config, path).isNull()) {
        out.put(path, at);
      }
    });
    return out;
  }

  /**
   * Adds to {@code configured} each nested block of {@code planned} that the configuration does not
   * mention (a dynamic block), with its non-null values, located at {@code at}.
   */
  public static void addDynamicBlocks(Map<String, Location> configured, Value.MapV planned, Location at) {
    walk(planned, "", configured.keySet(), configured, at);
  }

  private static void walk(Value.MapV object, String prefix, Set<String> known, Map<String, Location> out, Location at) {
    object.entries().forEach((key, value) -> {
      if (!(value instanceof Value.ListV list) || list.items().isEmpty()
          || !list.items().stream().allMatch(i -> i instanceof Value.MapV)) {
        return;
      }
      String block = prefix + key;
      boolean mentioned = known.stream().anyMatch(k -> k.equals(block) || k.startsWith(block + "[") || k.startsWith(block + "."));
      for (int i = 0; i < list.items().size(); i++) {
        String p = block + "[" + i + "]";
        Value.MapV item = (Value.MapV) list.items().get(i);
        if (mentioned) {
          walk(item, p + ".", known, out, at);
        } else {
          leaves(item, p, out, at);
        }
      }
    });
  }

  private static void leaves(Value value, String path, Map<String, Location> out, Location at) {
    if (value.isNull() || value instanceof Value.ListV l && l.items().isEmpty()) {
      return;
    }
    out.putIfAbsent(path, at);
    if (value instanceof Value.MapV m) {
      m.entries().forEach((k, v) -> leaves(v, path + "." + k, out, at));
    } else if (value instanceof Value.ListV l && l.items().stream().allMatch(i -> i instanceof Value.MapV)) {
      for (int i = 0; i < l.items().size(); i++) {
        leaves(l.items().get(i), path + "[" + i + "]", out, at);
      }
    }
  }

  /** The value at {@code path} ({@code template[0].vpc_access[0].connector}); null where there is none. */
  static Value at(Value.MapV root, String path) {
    Value v = root;
    Matcher m = STEP.matcher(path);
    while (m.find()) {
      if (m.group(1) != null) {
        v = v instanceof Value.MapV map ? map.get(m.group(1)) : Value.NULL;
      } else {
        int i = Integer.parseInt(m.group(2));
        v = v instanceof Value.ListV list && i < list.items().size() ? list.items().get(i) : Value.NULL;
      }
    }
    return v;
  }
}
