package io.vpcgate.input.hcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform's equality: every pair of values of every type compared as a record's equality would (numbers by value). */
class ValuesTest {
  @Test
  void equalityIsTheRecordsWithNumbersByValue() {
    List<Value> scalars = List.of(new Value.Str("a"), new Value.Str("b"), new Value.Str(""), new Value.Bool(true),
        new Value.Bool(false), Value.NULL, new Value.Null(), new Value.Unknown("known after apply"),
        new Value.Unknown("other"), new Value.Unknown(null), new Value.Num(new BigDecimal("1")),
        new Value.Num(new BigDecimal("1.0")), Value.Num.of(2));
    List<Value> values = new ArrayList<>(scalars);
    for (Value v : scalars) {
      values.add(new Value.ListV(List.of(v)));
      values.add(new Value.MapV(Map.of("k", v)));
    }
    values.add(new Value.ListV(List.of()));
    values.add(new Value.MapV(Map.of()));
    for (Value a : values) {
      for (Value b : values) {
        assertEquals(reference(a, b), Values.equal(a, b), a + " == " + b);
      }
    }
  }

  /** The definition before equality was written out: records' equals, numbers compared by value. */
  private static boolean reference(Value a, Value b) {
    if (a instanceof Value.Num x && b instanceof Value.Num y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (a instanceof Value.ListV x && b instanceof Value.ListV y) {
      if (x.items().size() != y.items().size()) {
        return false;
      }
      for (int i = 0; i < x.items().size(); i++) {
        if (!reference(x.items().get(i), y.items().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Value.MapV x && b instanceof Value.MapV y) {
      return x.entries().keySet().equals(y.entries().keySet())
          && x.entries().keySet().stream().allMatch(k -> reference(x.entries().get(k), y.entries().get(k)));
    }
    return a.equals(b);
  }
}
