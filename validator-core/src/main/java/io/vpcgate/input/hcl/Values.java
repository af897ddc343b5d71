package io.vpcgate.input.hcl;

import java.util.Map;

/** Value comparisons with Terraform's rules (no conversion between types on equality). */
final class Values {
  private Values() {}

  static boolean equal(Value a, Value b) {
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      for (int i = 0; i < x.items().size(); i++) {
        if (!equal(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Value.MapV x && b instanceof Value.MapV y) {
      if (!x.entries().keySet().equals(y.entries().keySet())) {
        return false;
      }
      for (Map.Entry<String, Value> e : x.entries().entrySet()) {
        if (!equal(e.getValue(), y.entries().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Value.Str x && b instanceof Value.Str y) {
      return x.value().equals(y.value());
    }
    if (a instanceof Value.Bool x && b instanceof Value.Bool y) {
      return x.value() == y.value();
    }
    if (a instanceof Value.Unknown x && b instanceof Value.Unknown y) {
      return java.util.Objects.equals(x.reason(), y.reason());
    }
    // Written out rather than a.equals(b): a record's generated equality links method handles at its first use,
    // tens of milliseconds of start-up for a configuration that compares two strings (var.env == "prod").
    return a instanceof Value.Null && b instanceof Value.Null;
  }
}
