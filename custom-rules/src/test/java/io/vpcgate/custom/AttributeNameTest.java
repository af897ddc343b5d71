package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cel.runtime.CelAttribute;
import dev.cel.runtime.CelAttributePattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Attribute names written as CEL writes them, for identifiers, other keys and positions alike. */
class AttributeNameTest {
  private static final List<String> KEYS = List.of("max_instances", "tls", "_x", "a1", "cost-centre", "1st", "", "é",
      "labels", "a b", "Z9_", "x'y", "ünïcode", "A");

  @Test
  void namesEveryPathAsCelDoes() {
    Random random = new Random(11);
    for (int n = 0; n < 2_000; n++) {
      CelAttribute attribute = CelAttribute.create("workload");
      CelAttributePattern pattern = CelAttributePattern.create("workload");
      List<Object> path = new ArrayList<>();
      for (int depth = random.nextInt(5); depth > 0; depth--) {
        Object part = random.nextBoolean() ? (Object) KEYS.get(random.nextInt(KEYS.size())) : (long) random.nextInt(12);
        CelAttribute.Qualifier q = part instanceof Long l ? CelAttribute.Qualifier.ofInt(l)
            : CelAttribute.Qualifier.ofString((String) part);
        attribute = attribute.qualify(q);
        pattern = pattern.qualify(q);
        path.add(part);
      }
      assertEquals(attribute.toString(), AttributeName.of(attribute), path.toString());
      assertEquals(pattern.toString(), AttributeName.of("workload", path), path.toString());
    }
  }

  @Test
  void namesTheOtherKindsOfKeyAsCelDoes() {
    for (CelAttribute.Qualifier q : List.of(CelAttribute.Qualifier.ofUint(3), CelAttribute.Qualifier.ofBool(true),
        CelAttribute.Qualifier.ofBool(false), CelAttribute.Qualifier.ofInt(-2))) {
      CelAttribute a = CelAttribute.create("binding").qualify(q);
      assertEquals(a.toString(), AttributeName.of(a));
    }
  }

  @Test
  void anIdentifierIsAsciiLettersDigitsAndUnderscoresNotStartingWithADigit() {
    for (String yes : List.of("a", "_", "A_9", "max_instances")) {
      assertTrue(AttributeName.identifier(yes), yes);
    }
    for (String no : List.of("", "9a", "a-b", "é", "a.b", " a")) {
      assertFalse(AttributeName.identifier(no), no);
    }
  }
}
