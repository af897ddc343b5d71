package io.driftgate.gcp;

import java.util.HashSet;
import java.util.Set;

/**
 * The page tokens of one listing. A server that hands back a token it already gave would be
 * followed forever (the clients' page iterators do not check); that answer is malformed, and the
 * listing stops with an error that becomes a gap, instead of running into the deadline.
 */
final class PageTokens {
  private final Set<String> seen = new HashSet<>();

  /** Records the next-page token of a page just read; throws if the listing went round in a circle. */
  void next(String token) {
    if (token != null && !token.isEmpty() && !seen.add(token)) {
      throw new IllegalStateException("malformed answer: page token \"" + clip(token) + "\" came back a second time");
    }
  }

  private static String clip(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "..." : token;
  }
}
