package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnvNamesTest {

  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
      // the same name is no near miss
      "JWT_SECRET, JWT_SECRET, false",
      // one extends the other by a _SEGMENT, at either end, whatever their length
      "JWT_SECRET, JWT_SECRET_KEY, true",
      "JWT_SECRET_KEY, JWT_SECRET, true",
      "DB_PASS, APP_DB_PASS, true",
      "APP_DB_PASS, DB_PASS, true",
      "DB, DB_X, true",
      // a prefix without the underscore is a distance, not an extension
      "JWT_SECRET, JWT_SECRETKEY_VALUE, false",
      // one, two edits apart in names of at least 6 characters
      "DB_HOST, DB_HOTS, true",
      "DB_HOST, DB_HOST2, true",
      "DB_HOST, DB_HST, true",
      "DB_HOST, DB_POST, true",
      "SECRET, SECRAT, true",
      "DB_USER, DB_USERS2, true",
      "ABCDEF, XBCDEY, true",
      // two swapped neighbours are one edit: a swap and a changed letter are two
      "DB_HOST, DB_HSOT_X, false",
      "JWT_SECRET, JWT_SECERT, true",
      "JWT_SECRET, JWT_SECERX, true",
      // three edits apart
      "ABCDEF, XBCXEX, false",
      "JWT_SECRET, JWT_SCEERX, false",
      "ABCDEFXXZ, ABCDEF, false",
      "ABCDEF, ABCDEFXXZ, false",
      "DB_HOST, DB_PORT_NUMBER, false",
      // fewer than 6 characters: one edit is a different name
      "HOSTA, HOSTB, false",
      "TOKEN, TOKEN1, false",
      "TOKEN1, TOKEN, false",
      // a shorter name inside a longer one is not two edits
      "ABCDEFGH, ZZZZZABCDEFGH, false",
      // wholly different names of the same length
      "ABCDEFGH, STUVWXYZ, false"
  })
  void nearMiss(String a, String b, boolean expected) {
    assertEquals(expected, EnvNames.nearMiss(a, b));
  }
}
