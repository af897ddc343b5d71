package io.vpcgate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid input into an odd one, the ways files go wrong: cut short, bytes flipped or dropped
 * (invalid UTF-8 among them), a span repeated, HCL or JSON syntax spliced in, nesting thousands deep,
 * strings of megabytes, and for JSON a value of the wrong type at a random place.
 */
final class Mutator {
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(100_000).build())
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder().maxNestingDepth(100_000).build())
      .build());
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] HCL_TOKENS = {"{", "}", "[", "]", "(", ")", "\"", "${", "%{", "}", "<<EOF\n", "<<-EOT\n",
      "\nEOF\n", "=", "==", ".", "*", "[*]", "...", "?", ":", "=>", "for x in ", "if ", "\\", "\n", "#", "//", "/*", "*/",
      "local.a", "local.b", "var.x", "var.region", "module.m", "module.m.out", "count.index", "each.key", "self", "null",
      "true", "1e400", "-9223372036854775809", "0x1F", "\u0000", "\uFEFF", "\u202E", "cidrsubnet(", "lookup(", "try(",
      "jsondecode(", "templatefile(", "file(", "regex(", "\"10.8.0.0/28\"", "resource \"google_vpc_access_connector\" \"c\" {",
      "module \"m\" {\n source = \"./\"\n}\n", "dynamic \"x\" {", "content {", "locals {", "variable \"x\" {", "\r\n", "\t"};

  private final Random random;

  Mutator(Random random) {
    this.random = random;
  }

  /** One to four byte-level or syntax-level mutations of {@code seed}. */
  byte[] text(byte[] seed) {
    byte[] b = seed;
    int n = 1 + random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b = once(b);
    }
    return b;
  }

  private byte[] once(byte[] b) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length + 1);
    switch (random.nextInt(10)) {
      case 0:
        return java.util.Arrays.copyOf(b, at); // truncated
      case 1: { // bytes flipped, high bytes included: invalid UTF-8
        byte[] c = b.clone();
        for (int k = 0; k < 1 + random.nextInt(4) && c.length > 0; k++) {
          c[random.nextInt(c.length)] = (byte) random.nextInt(256);
        }
        return c;
      }
      case 2: { // a span dropped
        int len = Math.min(b.length - at, random.nextInt(64));
        return concat(slice(b, 0, at), slice(b, at + len, b.length));
      }
      case 3: { // a span repeated
        int len = Math.min(b.length - at, random.nextInt(256));
        return concat(slice(b, 0, at + len), slice(b, at, b.length));
      }
      case 4:
      case 5:
      case 6: // a token spliced in
        return insert(b, at, HCL_TOKENS[random.nextInt(HCL_TOKENS.length)]);
      case 7: // deep nesting
        return insert(b, at, nesting());
      case 8: // a huge string
        return insert(b, at, "\"" + "x".repeat(random.nextInt(2_000_000)) + "\"");
      default: // a lone surrogate half or an overlong encoding
        return concat(concat(slice(b, 0, at), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC0, (byte) 0xAF}),
            slice(b, at, b.length));
    }
  }

  private String nesting() {
    int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 20_000);
    String[] pair = switch (random.nextInt(5)) {
      case 0 -> new String[] {"[", "]"};
      case 1 -> new String[] {"(", ")"};
      case 2 -> new String[] {"{a=", "}"};
      case 3 -> new String[] {"\"${", "}\""};
      default -> new String[] {"x {\n", "}\n"};
    };
    return pair[0].repeat(depth) + "1" + pair[1].repeat(depth);
  }

  /** A JSON document with a value replaced, a key dropped, or nesting thousands deep; then maybe bytes mutated. */
  byte[] json(byte[] seed) {
    JsonNode root;
    try {
      root = JSON.readTree(seed);
    } catch (java.io.IOException e) {
      return text(seed);
    }
    for (int i = 0; i < 1 + random.nextInt(3); i++) {
      root = replaceRandom(root);
    }
    byte[] out;
    try {
      out = JSON.writeValueAsBytes(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    if (random.nextInt(8) == 0) {
      int depth = random.nextInt(50_000);
      return concat(concat("[".repeat(depth).getBytes(StandardCharsets.US_ASCII), out),
          "]".repeat(depth).getBytes(StandardCharsets.US_ASCII));
    }
    return random.nextInt(4) == 0 ? text(out) : out;
  }

  private JsonNode replaceRandom(JsonNode root) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    if (containers.isEmpty()) {
      return oddValue();
    }
    JsonNode parent = containers.get(random.nextInt(containers.size()));
    if (parent instanceof ObjectNode o && o.size() > 0) {
      List<String> keys = new ArrayList<>();
      o.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      if (random.nextInt(4) == 0) {
        o.remove(key);
      } else {
        o.set(key, oddValue());
      }
    } else if (parent instanceof ArrayNode a && a.size() > 0) {
      int i = random.nextInt(a.size());
      if (random.nextInt(4) == 0) {
        a.remove(i);
      } else {
        a.set(i, oddValue());
      }
    }
    return root;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      for (Iterator<JsonNode> it = n.elements(); it.hasNext(); ) {
        collect(it.next(), out);
      }
    }
  }

  private JsonNode oddValue() {
    return switch (random.nextInt(12)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.textNode("");
      case 2 -> NODES.numberNode(-1);
      case 3 -> NODES.numberNode(1e308);
      case 4 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 5 -> NODES.booleanNode(random.nextBoolean());
      case 6 -> NODES.objectNode();
      case 7 -> NODES.arrayNode().add(NODES.objectNode()).add(NODES.textNode("x"));
      case 8 -> NODES.textNode("x".repeat(random.nextInt(1_000_000)));
      case 9 -> NODES.textNode("projects/p/locations/us-central1/connectors/c\u0000\uD800");
      case 10 -> NODES.objectNode().setAll(Map.of("name", NODES.numberNode(7), "ip_cidr_range", NODES.arrayNode()));
      default -> deepArray(1 + random.nextInt(random.nextBoolean() ? 100 : 5_000));
    };
  }

  private static JsonNode deepArray(int depth) {
    ArrayNode top = NODES.arrayNode();
    ArrayNode a = top;
    for (int i = 1; i < depth; i++) {
      a = a.addArray();
    }
    return top;
  }

  private static byte[] insert(byte[] b, int at, String s) {
    return concat(concat(slice(b, 0, at), s.getBytes(StandardCharsets.UTF_8)), slice(b, at, b.length));
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
