package io.vpcgate.input.hcl;

import java.util.List;
import java.util.Optional;

/** The contents of a file or a block: attributes and nested blocks, in source order. */
public record Body(List<Attribute> attributes, List<Block> blocks) {
  public Body {
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
  }

  // Loops, not streams: these run for every block of every file (a stream's set-up was 1.7% of a large check).
  public Optional<Attribute> attribute(String name) {
    for (int n = 0; n < attributes.size(); n++) {
      Attribute a = attributes.get(n);
      if (a.name().equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  public List<Block> blocks(String type) {
    List<Block> out = null;
    for (int n = 0; n < blocks.size(); n++) {
      Block b = blocks.get(n);
      if (b.type().equals(type)) {
        if (out == null) {
          out = new java.util.ArrayList<>();
        }
        out.add(b);
      }
    }
    return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
  }

  /** {@code name = expr}, at a 1-based line. */
  public record Attribute(String name, Expr expr, int line) {}

  /** {@code type "label" ... { body }}, from the line of its type keyword to the line of its closing brace. */
  public record Block(String type, List<String> labels, Body body, int line, int endLine) {
    public Block {
      labels = List.copyOf(labels);
    }

    public String label(int i) {
      return i < labels.size() ? labels.get(i) : "";
    }
  }
}
