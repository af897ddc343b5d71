package io.vpcgate.input.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.Expr;
import io.vpcgate.input.hcl.HclParser;
import io.vpcgate.input.hcl.HclSyntaxException;
import io.vpcgate.input.hcl.Value;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Terraform's JSON configuration syntax ({@code *.tf.json}) read into the same {@link Body} as
 * native syntax, with the line of every block and attribute: top-level keys are block types
 * ({@code resource}, {@code data}, {@code module}, {@code variable}, {@code output}, {@code locals},
 * {@code provider}, {@code terraform}); strings are templates ({@code "${var.x}-conn"}), except where
 * Terraform reads them as expressions ({@code depends_on}, {@code provider}, a variable's {@code
 * type}, {@code ignore_changes}). Without a provider schema, a nested JSON object is a block unless
 * it is a map: a key that is not an identifier, or a name like labels, annotations or tags.
 */
final class TerraformJson {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern MAP_NAME = Pattern.compile("(^|_)(labels|annotations|tags|metadata|variables|params|"
      + "parameters|selector|env_vars|environment_variables|providers)$");
  private static final Set<String> EXPRESSION_STRINGS = Set.of("depends_on", "provider", "ignore_changes",
      "replace_triggered_by");

  /** A JSON value with the line it starts on; {@code object} keeps key order. */
  private record Node(Object value, int line, int endLine) {
    @SuppressWarnings("unchecked")
    Map<String, Node> object() {
      return value instanceof Map<?, ?> m ? (Map<String, Node>) m : null;
    }

    @SuppressWarnings("unchecked")
    List<Node> array() {
      return value instanceof List<?> l ? (List<Node>) l : null;
    }
  }

  private final String file;

  private TerraformJson(String file) {
    this.file = file;
  }

  static Body parse(String text, String file) {
    Node root;
    try (JsonParser p = new JsonFactory().createParser(text)) {
      p.nextToken();
      root = read(p);
      if (p.nextToken() != null) {
        throw new InputException(file + ":" + p.currentLocation().getLineNr() + ": more than one JSON value");
      }
    } catch (IOException e) {
      int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
          ? j.getLocation().getLineNr() : 0;
      throw new InputException(file + ":" + line + ": invalid JSON: "
          + (e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
    }
    if (root.object() == null) {
      throw new InputException(file + ":" + root.line() + ": a Terraform JSON file is one JSON object");
    }
    return new TerraformJson(file).top(root);
  }

  private static Node read(JsonParser p) throws IOException {
    int line = p.currentLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Node> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        p.nextToken();
        m.put(key, read(p));
      }
      return new Node(m, line, p.currentLocation().getLineNr());
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(read(p));
      }
      return new Node(l, line, p.currentLocation().getLineNr());
    }
    Object v = switch (t) {
      case VALUE_STRING -> p.getText();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      default -> null;
    };
    return new Node(v, line, line);
  }

  private Body top(Node root) {
    List<Body.Block> blocks = new ArrayList<>();
    root.object().forEach((type, node) -> {
      switch (type) {
        case "resource", "data" -> labelled(node, 2, type, blocks, false);
        case "module" -> labelled(node, 1, type, blocks, true);
        case "variable", "output", "provider" -> labelled(node, 1, type, blocks, !type.equals("provider"));
        case "locals" -> each(node, n -> blocks.add(new Body.Block("locals", List.of(), body(n, true), n.line(), n.endLine())));
        case "terraform" -> each(node, n -> blocks.add(new Body.Block("terraform", List.of(), body(n, true), n.line(),
            n.endLine())));
        default -> { } // "//" comments and anything Terraform does not read
      }
    });
    return new Body(List.of(), blocks);
  }

  /** {@code {"TYPE": {"NAME": {...}}}} with {@code depth} labels; a body may be an array of bodies. */
  private void labelled(Node node, int depth, String type, List<Body.Block> out, boolean attributesOnly) {
    labelled(node, depth, type, new ArrayList<>(), out, attributesOnly);
  }

  private void labelled(Node node, int depth, String type, List<String> labels, List<Body.Block> out,
      boolean attributesOnly) {
    if (labels.size() == depth) {
      each(node, n -> out.add(new Body.Block(type, List.copyOf(labels), body(n, attributesOnly, type.equals("variable")),
          n.line(), n.endLine())));
      return;
    }
    if (node.object() == null) {
      throw new InputException(file + ":" + node.line() + ": " + type + " expects an object keyed by its "
          + (labels.isEmpty() && depth == 2 ? "type" : "name"));
    }
    node.object().forEach((label, child) -> {
      if (!label.equals("//")) {
        List<String> next = new ArrayList<>(labels);
        next.add(label);
        labelled(child, depth, type, next, out, attributesOnly);
      }
    });
  }

  private void each(Node node, java.util.function.Consumer<Node> action) {
    if (node.array() != null) {
      node.array().forEach(action);
    } else {
      action.accept(node);
    }
  }

  /** A block body: nested objects are blocks, unless {@code attributesOnly} (module inputs, locals) or a map. */
  private Body body(Node node, boolean attributesOnly) {
    return body(node, attributesOnly, false);
  }

  /** {@code variable}: a variable's body, whose {@code type} is an expression ({@code "list(string)"}). */
  private Body body(Node node, boolean attributesOnly, boolean variable) {
    if (node.object() == null) {
      throw new InputException(file + ":" + node.line() + ": expected a JSON object for a block body");
    }
    List<Body.Attribute> attributes = new ArrayList<>();
    List<Body.Block> blocks = new ArrayList<>();
    node.object().forEach((key, value) -> {
      if (key.equals("//")) {
        return;
      }
      if (key.equals("dynamic") && value.object() != null) {
        value.object().forEach((name, d) -> each(d, x -> blocks.add(dynamic(name, x))));
      } else if (!attributesOnly && isBlock(key, value) || key.equals("lifecycle") || key.equals("validation")) {
        each(value, x -> blocks.add(new Body.Block(key, List.of(), body(x, false), x.line(), x.endLine())));
      } else {
        attributes.add(new Body.Attribute(key, variable && key.equals("type") ? expression(text(value), value.line())
            : expr(value, key), value.line()));
      }
    });
    return new Body(attributes, blocks);
  }

  private Body.Block dynamic(String name, Node d) {
    Body inner = body(d, true);
    List<Body.Attribute> attributes = new ArrayList<>(inner.attributes().stream().filter(a -> !a.name().equals("content")).toList());
    List<Body.Block> blocks = new ArrayList<>();
    Node content = d.object().get("content");
    if (content != null) {
      blocks.add(new Body.Block("content", List.of(), body(content, false), content.line(), content.endLine()));
    }
    return new Body.Block("dynamic", List.of(name), new Body(attributes, blocks), d.line(), d.endLine());
  }

  private static boolean isBlock(String key, Node value) {
    if (MAP_NAME.matcher(key).find()) {
      return false;
    }
    if (value.object() != null) {
      return value.object().keySet().stream().allMatch(k -> k.equals("//") || IDENTIFIER.matcher(k).matches());
    }
    return value.array() != null && !value.array().isEmpty()
        && value.array().stream().allMatch(n -> n.object() != null);
  }

  private Expr expr(Node node, String key) {
    Object v = node.value();
    if (v instanceof String s) {
      return EXPRESSION_STRINGS.contains(key) ? expression(s, node.line()) : template(s, node.line());
    }
    if (v instanceof BigDecimal n) {
      return new Expr.Literal(new Value.Num(n), node.line());
    }
    if (v instanceof Boolean b) {
      return new Expr.Literal(new Value.Bool(b), node.line());
    }
    if (node.array() != null) {
      return new Expr.Tuple(node.array().stream().map(x -> expr(x, key)).toList(), node.line());
    }
    if (node.object() != null) {
      List<Expr.ObjectCons.Item> items = new ArrayList<>();
      node.object().forEach((k, x) -> {
        if (!k.equals("//")) {
          items.add(new Expr.ObjectCons.Item(new Expr.Literal(Value.str(k), x.line()), expr(x, k)));
        }
      });
      return new Expr.ObjectCons(items, node.line());
    }
    return new Expr.Literal(Value.NULL, node.line());
  }

  private String text(Node node) {
    if (!(node.value() instanceof String s)) {
      throw new InputException(file + ":" + node.line() + ": a variable's type is a string holding a type expression");
    }
    return s;
  }

  private Expr template(String s, int line) {
    String quoted = "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t") + "\"";
    return parsed(quoted, line);
  }

  private Expr expression(String s, int line) {
    return parsed(s, line);
  }

  private Expr parsed(String source, int line) {
    try {
      return HclParser.parseExpression(source);
    } catch (HclSyntaxException e) {
      throw new InputException(file + ":" + line + ": " + e.getMessage());
    }
  }
}
