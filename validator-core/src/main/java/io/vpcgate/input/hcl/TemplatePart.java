package io.vpcgate.input.hcl;

import java.util.List;

/** A piece of a quoted or heredoc template, as the lexer splits it. */
sealed interface TemplatePart {

  /** Literal text, escapes already decoded. */
  record Text(String text) implements TemplatePart {}

  /** {@code ${ ... }}: the tokens inside, and the {@code ~} strip markers. */
  record Interpolation(List<Token> tokens, boolean stripBefore, boolean stripAfter, int line)
      implements TemplatePart {
    public Interpolation {
      tokens = List.copyOf(tokens);
    }
  }

  /** {@code %{ if|else|endif|for|endfor ... }}. */
  record Directive(List<Token> tokens, boolean stripBefore, boolean stripAfter, int line)
      implements TemplatePart {
    public Directive {
      tokens = List.copyOf(tokens);
    }

    String keyword() {
      return tokens.isEmpty() ? "" : tokens.get(0).text();
    }
  }
}
