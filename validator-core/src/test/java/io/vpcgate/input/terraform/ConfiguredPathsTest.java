package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Location;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link ConfiguredPaths#at} scans paths by hand; it must find what the regex it replaced found. */
class ConfiguredPathsTest {
  private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)\\]");

  private static final Value.MapV ROOT = new Value.MapV(Map.of(
      "name", new Value.Str("svc"),
      "a]", new Value.Str("odd key"),
      "template", new Value.ListV(List.of(new Value.MapV(Map.of(
          "vpc_access", new Value.ListV(List.of(new Value.MapV(Map.of("connector", new Value.Str("c")))))))))));

  /** The regex walk, as ConfiguredPaths.at was written before. */
  private static Value byRegex(Value.MapV root, String path) {
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

  private static final List<String> PATHS = List.of("", "name", "name.x", "template[0].vpc_access[0].connector",
      "template[0]vpc_access[0]connector", "template.[0]..vpc_access[0].connector", "template[1].vpc_access",
      "template[x].vpc_access", "[a].name", "a].name", "a]", "template[0].vpc_access[", "template[0",
      "template[]", "[", ".", "..name", "name[0]", "template[00].vpc_access[0].connector", "template[0]]",
      "template[0].vpc_access[0]", "template[0].vpc_access[0].connector.x", "template[0].vpc_access[1].connector",
      "template[0].vpc_access", "template[0].[0]", "template[0]]].vpc_access[0].connector", "a].name.", "a]..");

  @Test
  void at_findsWhatTheRegexFound() {
    for (String path : PATHS) {
      assertEquals(byRegex(ROOT, path), ConfiguredPaths.at(ROOT, path), path);
    }
    assertEquals(new Value.Str("c"), ConfiguredPaths.at(ROOT, "template[0].vpc_access[0].connector"));
  }

  /** withoutNulls walks a parent once for all its children; it must keep what a walk per path kept, in any order. */
  @Test
  void withoutNulls_keepsWhatTheRegexFindsNotNull() {
    List<String> reversed = new java.util.ArrayList<>(PATHS);
    java.util.Collections.reverse(reversed);
    for (List<String> order : List.of(PATHS, reversed)) {
      Map<String, Location> attributes = new java.util.LinkedHashMap<>();
      order.forEach(p -> attributes.put(p, new Location.SourceLocation("main.tf", 1)));
      List<String> expected = order.stream().filter(p -> !byRegex(ROOT, p).isNull()).toList();
      assertEquals(expected, List.copyOf(ConfiguredPaths.withoutNulls(attributes, ROOT).keySet()));
    }
  }
}
