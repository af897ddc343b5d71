package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Addresses.withoutIndexes: every bracketed part goes, as the pattern \[[^\]]*\] it replaces removed them. */
class AddressesTest {
  @Test
  void dropsInstanceKeysAndListIndexes() {
    assertEquals("module.a.google_b.c", Addresses.withoutIndexes("module.a[\"x\"].google_b.c[0]"));
    assertEquals("template.containers.env", Addresses.withoutIndexes("template[0].containers[1].env"));
    assertEquals("ad]", Addresses.withoutIndexes("a[b[c]d]"), "from a [ to the next ], brackets inside included");
    assertEquals("a.b[0", Addresses.withoutIndexes("a[1].b[0"), "a [ with no ] after it stays");
    String plain = "google_redis_instance.cache";
    assertSame(plain, Addresses.withoutIndexes(plain));
  }

  @Test
  void agreesWithThePatternItReplaces() {
    Random random = new Random(11);
    String alphabet = "ab.[]\"0";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(14); n > 0; n--) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = s.toString();
      assertEquals(value.replaceAll("\\[[^\\]]*\\]", ""), Addresses.withoutIndexes(value), value);
    }
  }
}
