package io.vpcgate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.SkippedRule;
import io.vpcgate.engine.Suppressed;
import io.vpcgate.model.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF consumers: one run; the rules that ran in
 * {@code tool.driver.rules} (ID, name, summary, the full help text, a page URL only when a real one is
 * known, default level); each finding as a result with a physical location relative to the repository
 * root ({@code uriBaseId SRCROOT}) or a logical location for a live-only resource, and a stable
 * partial fingerprint;
 * skipped rules as notifications.
 */
public final class SarifReporter implements Reporter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ToolInfo tool;
  private final DocLinks links;
  private final SourcePaths paths;

  public SarifReporter(ToolInfo tool) {
    this(tool, DocLinks.OFFLINE, SourcePaths.AS_CHECKED);
  }

  public SarifReporter(ToolInfo tool, DocLinks links, SourcePaths paths) {
    this.tool = tool;
    this.links = links;
    this.paths = paths;
  }

  @Override
  public String render(Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", tool.name());
    driver.put("version", tool.version());
    links.baseUrl().ifPresent(u -> driver.put("informationUri", u));
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (RuleMetadata m : report.rules()) {
      ruleIndex.put(m.id(), rules.size());
      ObjectNode r = rules.addObject();
      r.put("id", m.id());
      r.put("name", m.name());
      r.putObject("shortDescription").put("text", m.summary());
      r.putObject("fullDescription").put("text", m.summary());
      links.url(m.id(), m.name()).ifPresent(u -> r.put("helpUri", u));
      // The full help travels with the report: code scanning shows it without any page to link to.
      String help = m.id() + " " + m.name() + ": " + m.summary() + "\n\n" + m.explanation().strip()
          + "\n\nSee: " + links.see(m.id(), m.name());
      r.putObject("help").put("text", help).put("markdown", help);
      r.putObject("defaultConfiguration").put("level", level(m.severity()));
      r.putObject("properties").put("category", m.category().jsonName())
          .putArray("tags").add("vpcgate").add(m.category().jsonName());
    }
    ObjectNode srcroot = run.putObject("originalUriBaseIds").putObject("SRCROOT");
    paths.rootUri().ifPresent(u -> srcroot.put("uri", u));
    srcroot.putObject("description").put("text", "The repository root (or the directory checked, outside a repository)");
    ArrayNode results = run.putArray("results");
    List<Finding> all = new java.util.ArrayList<>(report.findings());
    Map<Finding, Suppressed> suppressedBy = new HashMap<>();
    report.suppressed().forEach(x -> {
      all.add(x.finding());
      suppressedBy.put(x.finding(), x);
    });
    for (Finding f : all) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.ruleId());
      if (ruleIndex.containsKey(f.ruleId())) {
        r.put("ruleIndex", ruleIndex.get(f.ruleId()));
      }
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.remediation().isEmpty() ? f.message() : f.message() + "\nFix: " + f.remediation());
      location(r.putArray("locations").addObject(), f.location(), f.subject());
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        for (int i = 0; i < f.related().size(); i++) {
          ObjectNode l = related.addObject().put("id", i + 1);
          location(l, f.related().get(i), f.related().get(i).toString());
        }
      }
      r.putObject("partialFingerprints").put("vpcgateFindingHash/v2", f.fingerprint());
      Suppressed x = suppressedBy.get(f);
      if (x != null) {
        r.putArray("suppressions").addObject().put("kind", x.kind().equals("inline") ? "inSource" : "external")
            .put("justification", x.reason());
      }
      r.putObject("properties").put("resource", f.subject()).put("severity", f.severity().name())
          .put("category", f.category().jsonName()).put("remediation", f.remediation());
      f.drift().ifPresent(d -> r.with("properties").putObject("drift").put("attribute", d.attribute())
          .put("desired", d.desired()).put("live", d.live()));
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.errors().isEmpty() && !report.isIncomplete());
    ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
    for (SkippedRule s : report.skipped()) {
      ObjectNode n = notifications.addObject();
      n.put("level", "note");
      n.putObject("message").put("text", s.ruleId() + " " + s.ruleName() + " skipped: " + s.reason());
      n.putObject("associatedRule").put("id", s.ruleId());
    }
    for (String e : report.errors()) {
      notifications.addObject().put("level", "error").putObject("message").put("text", e);
    }
    for (String e : report.incomplete()) {
      notifications.addObject().put("level", "error").putObject("message").put("text", e);
    }
    for (String note : report.notes()) {
      notifications.addObject().put("level", "note").putObject("message").put("text", "not evaluated: " + note);
    }
    for (io.vpcgate.engine.NotEvaluated n : report.notEvaluated()) {
      ObjectNode x = notifications.addObject();
      x.put("level", "note");
      x.putObject("message").put("text", n.ruleId() + " " + n.ruleName() + " not evaluated on " + n.subject() + ": "
          + n.reason());
      x.putObject("associatedRule").put("id", n.ruleId());
      location(x.putArray("locations").addObject(), n.location(), n.subject());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void location(ObjectNode target, Location l, String logicalName) {
    if (l instanceof Location.SourceLocation s) {
      ObjectNode physical = target.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(paths.fromRoot(s.file()))).put("uriBaseId", "SRCROOT");
      physical.putObject("region").put("startLine", Math.max(1, s.line()));
    } else {
      target.putArray("logicalLocations").addObject().put("fullyQualifiedName", logicalName).put("kind", "resource");
    }
  }

  /** A relative URI reference of a path {@link SourcePaths#fromRoot} already normalised: percent-encoded. */
  static String uri(String path) {
    try {
      return new java.net.URI(null, null, path, null).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case BLOCKING -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
