package io.vpcgate.gcp;

import com.google.api.gax.paging.AsyncPage;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * The page tokens of one listing. A server that hands back a token it already gave would be
 * followed forever (the clients' page iterators do not check); that answer is malformed, and the
 * listing stops with an error that becomes a gap, instead of running into the deadline.
 */
final class PageTokens {
  private final Set<String> seen = new HashSet<>();

  /** The pages of a client's listing ({@code iteratePages()}), each counted as a call, its tokens checked. */
  static <P extends AsyncPage<?>> Iterable<P> follow(Iterable<P> pages, Calls calls) {
    return () -> new Iterator<>() {
      private final Iterator<P> it = pages.iterator();
      private final PageTokens tokens = new PageTokens();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public P next() {
        P page = it.next();
        tokens.next(page.getNextPageToken());
        calls.add();
        return page;
      }
    };
  }

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
