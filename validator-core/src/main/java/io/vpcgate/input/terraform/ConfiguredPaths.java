package io.vpcgate.input.terraform;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Location;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which attribute paths a resource's configuration sets. In Terraform {@code null} means unset,
 * everywhere: an attribute written as {@code null} (or evaluating to it, like {@code
 * each.value.network} with {@code network = null}) is not configured. A plan's {@code
 * configuration} section leaves {@code dynamic} blocks out, so a nested block the planned values
 * hold and the configuration does not mention at all counts as configured with every non-null
 * value in it: planned values are the truth.
 */
public final class ConfiguredPaths {
  private ConfiguredPaths() {}

  /** {@code attributes} without the paths whose value in {@code config} is null. */
  public static Map<String, Location> withoutNulls(Map<String, Location> attributes, Value.MapV config) {
    Map<String, Location> out = new LinkedHashMap<>();
    Map<String, Value> parents = new HashMap<>(); // a service's 80 env entries share their parent's walk
    attributes.forEach((path, at) -> {
      if (!at(config, path, parents).isNull()) {
        out.put(path, at);
      }
    });
    return out;
  }

  /**
   * {@link #at(Value.MapV, String)}, with the value of {@code path}'s parent (the path up to its last '.' or '[',
   * where a step always begins) looked up in {@code parents}, or walked once and kept there.
   */
  private static Value at(Value.MapV root, String path, Map<String, Value> parents) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    if (cut <= 0) {
      return walk(root, path, 0);
    }
    String parent = path.substring(0, cut);
    Value p = parents.get(parent);
    if (p == null) {
      p = at(root, parent, parents);
      parents.put(parent, p);
    }
    return walk(p, path, cut);
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

  /**
   * The value at {@code path} ({@code template[0].vpc_access[0].connector}); null where there is none. A step is a
   * run of characters other than '.' and '[' (a key), or '[' digits ']' (an index); anything else is skipped. This
   * is what the regex {@code ([^.\[]+)|\[(\d+)\]} found, scanned by hand: it runs for every configured path of
   * every resource, and a matcher per path was a tenth of a large repository's check.
   */
  static Value at(Value.MapV root, String path) {
    return walk(root, path, 0);
  }

  /** The value of the steps of {@code path} from {@code from} on, starting at {@code v}. */
  private static Value walk(Value v, String path, int from) {
    int n = path.length();
    int i = from;
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int digits = i + 1;
        while (digits < n && path.charAt(digits) >= '0' && path.charAt(digits) <= '9') {
          digits++;
        }
        if (digits == i + 1 || digits == n || path.charAt(digits) != ']') {
          i++; // not an index: skipped, as the regex's search did
          continue;
        }
        int index = Integer.parseInt(path, i + 1, digits, 10);
        v = v instanceof Value.ListV list && index < list.items().size() ? list.items().get(index) : Value.NULL;
        i = digits + 1;
      } else {
        int end = i + 1;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        String key = path.substring(i, end);
        v = v instanceof Value.MapV map ? map.get(key) : Value.NULL;
        i = end;
      }
    }
    return v;
  }
}
