package io.vpcgate.input.hcl;

import java.util.List;
import java.util.Optional;

/** The contents of a file or a block: attributes and nested blocks, in source order. */
public record Body(List<Attribute> attributes, List<Block> blocks) {
  public Body {
    attributes = List.copyOf(attributes);
    blocks = List.copyOf(blocks);
  }

  public Optional<Attribute> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  public List<Block> blocks(String type) {
    return blocks.stream().filter(b -> b.type().equals(type)).toList();
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
