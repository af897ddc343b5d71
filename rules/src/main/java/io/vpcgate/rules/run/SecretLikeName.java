package io.vpcgate.rules.run;

import java.util.List;
import java.util.Locale;

/**
 * Whether an environment variable's name says it holds a secret: it is one of the words secrets go by, or
 * ends in {@code _} and one of them ({@code DB_PASSWORD}, {@code REDIS_AUTH_STRING}, {@code STRIPE_API_KEY};
 * not {@code PASSPORT_URL} or {@code MONKEY}), in any case. Suffix comparisons, not a regular expression: it is
 * asked for every variable of every service, and a pattern anchored at the end is tried from every position.
 */
final class SecretLikeName {
  static final List<String> WORDS = List.of("SECRET", "SECRETS", "PASSWORD", "PASSWD", "PASS", "PWD", "TOKEN", "APIKEY",
      "CREDENTIAL", "CREDENTIALS", "AUTH", "AUTH_STRING", "PRIVATE_KEY", "SECRET_KEY", "ACCESS_KEY", "API_KEY",
      "CLIENT_SECRET", "KEY");

  private SecretLikeName() {}

  static boolean test(String name) {
    String n = name.toUpperCase(Locale.ROOT); // the same string when upper case already, as names nearly always are
    for (int i = 0; i < WORDS.size(); i++) {
      String w = WORDS.get(i);
      int start = n.length() - w.length();
      if (n.endsWith(w) && (start == 0 || start > 0 && n.charAt(start - 1) == '_')) {
        return true;
      }
    }
    return false;
  }
}
