package io.vpcgate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Cidr;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Endpoint.any reads the three forms, and its quick rejection of values without a dotted quad loses none. */
class EndpointTest {
  @Test
  void readsABareAddressAnAddressWithAPortAndAUrl() {
    assertEquals(Optional.of("10.0.0.3"), Endpoint.any(" 10.0.0.3\n").map(Endpoint::address));
    assertEquals(OptionalInt.of(6379), Endpoint.any("10.0.0.3:6379").orElseThrow().port());
    Endpoint url = Endpoint.any("redis://:secret@10.0.0.3:6380/0").orElseThrow();
    assertEquals("10.0.0.3", url.address());
    assertEquals(OptionalInt.of(6380), url.port());
    for (String none : List.of("production", "8080", "", "10", "1.2.3", "redis.internal", "http://cache.internal:6379")) {
      assertTrue(Endpoint.any(none).isEmpty(), none);
    }
  }

  @Test
  void theQuickRejectionAgreesWithThePatternsAlone() {
    Random random = new Random(7);
    String alphabet = "0123456789..::/@a x";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "10.0.0.3" : "redis://");
      for (int n = random.nextInt(12); n > 0; n--) {
        s.insert(random.nextInt(s.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = s.toString();
      assertEquals(patternsAlone(value), Endpoint.any(value).map(e -> e.address() + e.port()), value);
    }
  }

  /** What the three patterns read, every value tried against them. */
  private static Optional<String> patternsAlone(String value) {
    String t = value.strip();
    if (Pattern.matches("\\d{1,3}(?:\\.\\d{1,3}){3}", t)) {
      return Cidr.parseIp(t).map(ip -> Cidr.formatIp(ip) + OptionalInt.empty());
    }
    Matcher m = Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3}){3}):(\\d{1,5})$").matcher(t);
    if (!m.matches()) {
      m = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?(\\d{1,3}(?:\\.\\d{1,3}){3})(?::(\\d{1,5}))?(?:[/?#].*)?$")
          .matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    OptionalInt port = m.group(2) == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(2)));
    return Cidr.parseIp(m.group(1)).map(ip -> Cidr.formatIp(ip) + port);
  }
}
