package io.vpcgate.input.hcl;

import java.util.Arrays;
import java.util.List;

/**
 * A file's tokens as the lexer makes them: a growable array that the parser then reads as it is. A {@code List}
 * costs an interface call per token on both sides (the JIT this tool runs with leaves each one a dispatch stub)
 * and a copy in between.
 */
final class Tokens {
  private Token[] items;
  private int size;

  Tokens(int capacity) {
    items = new Token[Math.max(4, capacity)];
  }

  void add(Token t) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = t;
  }

  int size() {
    return size;
  }

  /** The tokens, in the first {@link #size()} slots of an array the caller must not change. */
  Token[] array() {
    return items;
  }

  /** The tokens as an unmodifiable list (a view). */
  List<Token> asList() {
    return java.util.Collections.unmodifiableList(Arrays.asList(items).subList(0, size));
  }
}
