package io.vpcgate.input.hcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks our parser file by file against HashiCorp's (hcl2json, through npm {@code @cdktf/hcl2json},
 * test tooling only): the same block types, labels and attribute names at every depth, and the same
 * value for every attribute that is a static literal. Input: the JSON object {file: hcl2json output}
 * that {@code bench/hcl-parity.sh} writes. Run with {@code make hcl-parity CORPUS=dir}.
 */
public final class HclParityCheck {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private HclParityCheck() {}

  public static void main(String[] args) throws IOException {
    JsonNode reference = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    int files = 0;
    int same = 0;
    long attributes = 0;
    long literals = 0;
    List<String> diffs = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = reference.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      files++;
      if (e.getValue().has("__error")) {
        diffs.add(e.getKey() + ": hcl2json failed: " + e.getValue().get("__error").asText());
        continue;
      }
      Body body;
      try {
        body = HclParser.parse(Files.readString(Path.of(e.getKey())));
      } catch (HclSyntaxException ex) {
        diffs.add(e.getKey() + ":" + ex.line() + ": we reject what HashiCorp accepts: " + ex.getMessage());
        continue;
      }
      long[] counts = new long[2];
      List<String> fileDiffs = new ArrayList<>();
      compare(render(body, counts), e.getValue(), "", fileDiffs);
      attributes += counts[0];
      literals += counts[1];
      if (fileDiffs.isEmpty()) {
        same++;
      } else {
        fileDiffs.stream().limit(3).forEach(d -> diffs.add(e.getKey() + ": " + d));
      }
    }
    diffs.forEach(System.out::println);
    System.out.printf("hcl parity: %d of %d files have the same structure and literals as hcl2json "
        + "(%d attributes, %d static literal values compared)%n", same, files, attributes, literals);
    if (same != files) {
      System.exit(1);
    }
  }

  /** Our body in hcl2json's shape; non-literal expressions become a marker. */
  private static ObjectNode render(Body body, long[] counts) {
    ObjectNode o = F.objectNode();
    for (Body.Attribute a : body.attributes()) {
      counts[0]++;
      Optional<JsonNode> lit = literal(a.expr());
      if (lit.isPresent()) {
        counts[1]++;
      }
      o.set(a.name(), lit.orElse(F.textNode("<expression>")));
    }
    for (Body.Block b : body.blocks()) {
      ObjectNode parent = o;
      String key = b.type();
      for (String label : b.labels()) {
        parent = parent.has(key) && parent.get(key).isObject() ? (ObjectNode) parent.get(key) : parent.putObject(key);
        key = label;
      }
      ArrayNode list = parent.has(key) && parent.get(key).isArray() ? (ArrayNode) parent.get(key) : parent.putArray(key);
      list.add(render(b.body(), counts));
    }
    return o;
  }

  private static Optional<JsonNode> literal(Expr e) {
    if (e instanceof Expr.Literal l) {
      Value v = l.value();
      if (v instanceof Value.Str s) {
        return Optional.of(F.textNode(s.value()));
      }
      if (v instanceof Value.Num n) {
        return Optional.of(F.numberNode(n.value()));
      }
      if (v instanceof Value.Bool b) {
        return Optional.of(F.booleanNode(b.value()));
      }
      return Optional.of(F.nullNode());
    }
    if (e instanceof Expr.Template t && t.parts().stream().allMatch(p -> p instanceof Expr.Literal)) {
      StringBuilder sb = new StringBuilder();
      t.parts().forEach(p -> sb.append(((Value.Str) ((Expr.Literal) p).value()).value()));
      String s = sb.toString();
      return s.contains("${") || s.contains("%{") ? Optional.empty() : Optional.of(F.textNode(s));
    }
    return Optional.empty();
  }

  private static void compare(JsonNode ours, JsonNode theirs, String path, List<String> diffs) {
    if (ours.isTextual() && ours.asText().equals("<expression>")) {
      return;
    }
    if (ours.isObject() && theirs.isObject()) {
      List<String> a = new ArrayList<>();
      ours.fieldNames().forEachRemaining(a::add);
      List<String> b = new ArrayList<>();
      theirs.fieldNames().forEachRemaining(b::add);
      if (!a.stream().sorted().toList().equals(b.stream().sorted().toList())) {
        diffs.add(path + ": keys " + a.stream().sorted().toList() + " vs hcl2json " + b.stream().sorted().toList());
        return;
      }
      a.forEach(k -> compare(ours.get(k), theirs.get(k), path + "/" + k, diffs));
      return;
    }
    if (ours.isArray() && theirs.isArray()) {
      if (ours.size() != theirs.size()) {
        diffs.add(path + ": " + ours.size() + " blocks vs hcl2json " + theirs.size());
        return;
      }
      for (int i = 0; i < ours.size(); i++) {
        compare(ours.get(i), theirs.get(i), path + "[" + i + "]", diffs);
      }
      return;
    }
    if (ours.isNumber() && theirs.isNumber()) {
      if (new BigDecimal(ours.asText()).compareTo(new BigDecimal(theirs.asText())) != 0) {
        diffs.add(path + ": " + ours + " vs hcl2json " + theirs);
      }
      return;
    }
    if (!ours.equals(theirs)) {
      diffs.add(path + ": " + ours + " vs hcl2json " + theirs);
    }
  }
}
