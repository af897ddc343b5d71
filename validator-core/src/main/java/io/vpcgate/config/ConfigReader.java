package io.vpcgate.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.vpcgate.engine.Severity;
import io.vpcgate.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code .vpcgate.yml}. Strict: an unknown key, a wrong type or an unknown rule ID is an
 * input error naming the file and line, so a typo never silently disables nothing.
 */
public final class ConfigReader {
  public static final String FILE_NAME = ".vpcgate.yml";
  private static final Set<String> TOP = Set.of("fail-on", "rules", "project", "region", "drift", "docs-url");
  private static final Set<String> RULES = Set.of("disable", "severity");
  private static final Set<String> DRIFT = Set.of("ignore");

  private ConfigReader() {}

  /** The nearest .vpcgate.yml in {@code dir} or a parent directory, if any. */
  public static Optional<Path> find(Path dir) {
    for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static VpcgateConfig read(Path file, Set<String> knownRuleIds) {
    String text;
    text = io.vpcgate.input.InputText.read(file).text();
    return parse(text, file.toString(), knownRuleIds);
  }

  public static VpcgateConfig parse(String text, String source, Set<String> knownRuleIds) {
    JsonNode root;
    try {
      // a key given twice is an error, not the last one silently (fail-on: blocking, then fail-on: info)
      root = new ObjectMapper(new YAMLFactory()).enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .readTree(text);
    } catch (JsonProcessingException e) {
      // SnakeYAML's message spans lines with context marks; keep the problem and where it is.
      if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
        throw new InputException(source + ":" + (m.getProblemMark().getLine() + 1) + ":" + (m.getProblemMark().getColumn() + 1)
            + ": invalid YAML: " + m.getProblem() + (m.getContext() == null ? "" : " (" + m.getContext()
                + (m.getContextMark() != null && m.getContextMark().getLine() != m.getProblemMark().getLine()
                    ? " that starts at line " + (m.getContextMark().getLine() + 1) : "") + ")"));
      }
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source + ":" + line + ": invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new VpcgateConfig(Optional.of(source), Set.of(), Map.of(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), Optional.empty());
    }
    Reader r = new Reader(text, source);
    r.object(root, "", TOP);
    JsonNode rules = root.path("rules");
    if (!rules.isMissingNode()) {
      r.object(rules, "rules", RULES);
    }
    JsonNode drift = root.path("drift");
    if (!drift.isMissingNode()) {
      r.object(drift, "drift", DRIFT);
    }
    Set<String> disabled = new LinkedHashSet<>();
    for (String id : r.strings(rules.path("disable"), "disable")) {
      disabled.add(r.ruleId(id, knownRuleIds));
    }
    Map<String, Severity> severities = new HashMap<>();
    JsonNode sev = rules.path("severity");
    if (!sev.isMissingNode()) {
      r.object(sev, "severity", null);
      for (Iterator<Map.Entry<String, JsonNode>> it = sev.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String id = r.ruleId(e.getKey(), knownRuleIds);
        String level = e.getValue().asText("").toUpperCase(Locale.ROOT);
        try {
          severities.put(id, Severity.valueOf(level));
        } catch (IllegalArgumentException ex) {
          throw r.error(e.getKey(), "severity of " + id + " must be BLOCKING, WARNING or INFO, got \"" + e.getValue().asText() + "\"");
        }
      }
    }
    Optional<String> failOn = r.text(root.path("fail-on"), "fail-on").map(f -> f.toLowerCase(java.util.Locale.ROOT));
    failOn.ifPresent(f -> {
      if (!List.of("blocking", "warning", "never").contains(f)) {
        throw r.error("fail-on", "fail-on must be blocking, warning or never, got \"" + f + "\"");
      }
    });
    return new VpcgateConfig(Optional.of(source), disabled, severities, failOn, r.text(root.path("project"), "project"),
        r.text(root.path("region"), "region"), r.strings(drift.path("ignore"), "ignore"), docsUrl(r, root));
  }

  /** {@code docs-url}: an http(s) URL under which the rule pages ({@code NAME.md}) are served. */
  private static Optional<String> docsUrl(Reader r, JsonNode root) {
    Optional<String> url = r.text(root.path("docs-url"), "docs-url");
    url.ifPresent(u -> {
      if (!u.matches("https?://[^\\s/]+(/\\S*)?")) {
        throw r.error("docs-url", "docs-url must be an http(s) URL under which the rule pages NAME.md are, got \"" + u + "\"");
      }
    });
    return url;
  }

  /** Validation with errors that name the line of the offending key. */
  private static final class Reader {
    private final String[] lines;
    private final String source;

    Reader(String text, String source) {
      this.lines = text.split("\n", -1);
      this.source = source;
    }

    void object(JsonNode n, String where, Set<String> allowed) {
      if (!n.isObject()) {
        throw error(where.isEmpty() ? "" : where, (where.isEmpty() ? "the file" : where) + " must be a mapping of keys");
      }
      if (allowed == null) {
        return;
      }
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          throw error(key, "unknown key \"" + key + "\"" + (where.isEmpty() ? "" : " under " + where)
              + "; expected one of " + allowed.stream().sorted().toList());
        }
      }
    }

    List<String> strings(JsonNode n, String key) {
      List<String> out = new ArrayList<>();
      if (n.isMissingNode() || n.isNull()) {
        return out;
      }
      if (!n.isArray()) {
        throw error(key, key + " must be a list");
      }
      n.forEach(x -> {
        if (!x.isTextual()) {
          throw error(key, key + " must list strings");
        }
        out.add(x.asText());
      });
      return out;
    }

    Optional<String> text(JsonNode n, String key) {
      if (n.isMissingNode() || n.isNull()) {
        return Optional.empty();
      }
      if (!n.isValueNode()) {
        throw error(key, key + " must be a single value");
      }
      return Optional.of(n.asText());
    }

    String ruleId(String id, Set<String> known) {
      String upper = id.toUpperCase(Locale.ROOT);
      if (!known.contains(upper)) {
        throw error(id, "no rule \"" + id + "\" (run 'vpcgate rules' for the list)");
      }
      return upper;
    }

    /** The error at the line where {@code token} is a key, else where it first appears as a word. */
    InputException error(String token, String message) {
      Pattern asKey = Pattern.compile("^\\s*(- )?\"?" + Pattern.quote(token) + "\"?\\s*(:|$)");
      Pattern asWord = Pattern.compile("(^|[^\\w-])" + Pattern.quote(token) + "($|[^\\w-])");
      for (Pattern p : List.of(asKey, asWord)) {
        for (int i = 0; i < lines.length && !token.isEmpty(); i++) {
          if (p.matcher(lines[i]).find()) {
            return new InputException(source + ":" + (i + 1) + ": " + message);
          }
        }
      }
      return new InputException(source + ": " + message);
    }
  }
}
