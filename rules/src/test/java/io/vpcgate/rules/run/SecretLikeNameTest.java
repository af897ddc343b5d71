package io.vpcgate.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** SecretLikeName answers what the pattern "(^|_)(WORD|...)$" found in the upper-cased name answers. */
class SecretLikeNameTest {
  private static final Pattern PATTERN = Pattern.compile("(^|_)(" + String.join("|", SecretLikeName.WORDS) + ")$");

  @Test
  void namesThatSayTheyHoldASecret() {
    for (String yes : List.of("PASSWORD", "db_password", "REDIS_AUTH_STRING", "AUTH_STRING", "Stripe_Api_Key", "KEY", "X__TOKEN")) {
      assertTrue(SecretLikeName.test(yes), yes);
    }
    for (String no : List.of("PASSPORT_URL", "MONKEY", "TOKENS_URL", "DB_HOST", "", "_", "APIKEYS", "XPASSWORD")) {
      assertFalse(SecretLikeName.test(no), no);
    }
  }

  @Test
  void agreesWithThePattern() {
    Random random = new Random(3);
    String[] parts = {"_", "A", "X", "S", "DB", "REDIS", "KEY", "PASS", "AUTH", "STRING", "SECRET", "TOKEN", "api", "ß", "ı"};
    for (int i = 0; i < 50_000; i++) {
      StringBuilder s = new StringBuilder();
      for (int n = random.nextInt(5); n >= 0; n--) {
        s.append(random.nextInt(3) == 0 ? SecretLikeName.WORDS.get(random.nextInt(SecretLikeName.WORDS.size()))
            : parts[random.nextInt(parts.length)]);
      }
      String name = s.toString();
      assertEquals(PATTERN.matcher(name.toUpperCase(Locale.ROOT)).find(), SecretLikeName.test(name), name);
    }
  }
}
