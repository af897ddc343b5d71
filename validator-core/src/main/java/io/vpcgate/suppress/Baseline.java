package io.vpcgate.suppress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Suppressed;
import io.vpcgate.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline: the findings of an earlier {@code --format json} report, keyed by their fingerprint
 * (rule, resource and the field or attribute the finding is about; never the line, which moves, or
 * the message, whose values change), or by rule and resource for a report made before fingerprints.
 * Findings already in it are reported as suppressed, so a check reports only what is new: a new
 * VPCC-05 on another attribute of a baselined connector is new. Each entry absorbs at most one finding.
 */
public final class Baseline {
  private final Map<String, Integer> counts;
  private final String source;

  private Baseline(Map<String, Integer> counts, String source) {
    this.counts = Map.copyOf(counts);
    this.source = source;
  }

  public static Baseline read(Path file) {
    String text;
    text = io.vpcgate.input.InputText.read(file).text();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
    }
    if (root == null || root.path("schemaVersion").asInt() != 1 || !root.path("findings").isArray()) {
      throw new InputException(file + ": not a vpcgate JSON report (make one with --format json)");
    }
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode f : root.path("findings")) {
      if (!f.path("ruleId").isTextual() || !f.path("resource").isTextual()) {
        throw new InputException(file + ": a finding has no ruleId or resource");
      }
      counts.merge(f.path("fingerprint").isTextual() ? f.get("fingerprint").asText()
          : key(f.get("ruleId").asText(), f.get("resource").asText()), 1, Integer::sum);
    }
    return new Baseline(counts, file.toString());
  }

  public Report apply(Report report) {
    Map<String, Integer> left = new HashMap<>(counts);
    List<Finding> remaining = new ArrayList<>();
    List<Suppressed> known = new ArrayList<>();
    for (Finding f : report.findings()) {
      String k = left.getOrDefault(f.fingerprint(), 0) > 0 ? f.fingerprint() : key(f.ruleId(), f.subject());
      if (left.getOrDefault(k, 0) > 0) {
        left.merge(k, -1, Integer::sum);
        known.add(new Suppressed(f, "baseline", "already in the baseline " + source, source));
      } else {
        remaining.add(f);
      }
    }
    return known.isEmpty() ? report : report.withSuppressed(remaining, known, List.of());
  }

  private static String key(String ruleId, String resource) {
    return ruleId + "\u0000" + resource;
  }
}
