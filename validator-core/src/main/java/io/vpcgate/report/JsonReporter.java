package io.vpcgate.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.NotEvaluated;
import io.vpcgate.engine.Report;
import io.vpcgate.engine.Severity;
import io.vpcgate.engine.SkippedRule;
import io.vpcgate.engine.Suppressed;
import io.vpcgate.model.Location;

/** The pinned JSON report, schemaVersion 1; its contract is src/schema/report.schema.json. */
public final class JsonReporter implements Reporter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ToolInfo tool;

  public JsonReporter(ToolInfo tool) {
    this.tool = tool;
  }

  private static void finding(ObjectNode o, Finding f, java.util.Map<Finding, Finding> causes) {
    o.put("ruleId", f.ruleId());
    o.put("rule", f.ruleName());
    o.put("severity", f.severity().name());
    o.put("category", f.category().jsonName());
    o.put("resource", f.subject());
    o.put("message", f.message());
    o.put("remediation", f.remediation());
    o.put("fingerprint", f.fingerprint());
    if (!f.root().isEmpty()) {
      o.put("root", f.root());
    }
    // Optional: the fingerprint of the finding that names this one's cause (both in findings[]).
    Finding cause = causes.get(f);
    if (cause != null) {
      o.put("causedBy", cause.fingerprint());
    }
    if (f.location() instanceof Location.SourceLocation s) {
      o.putObject("location").put("file", s.file()).put("line", s.line());
    }
    if (!f.related().isEmpty()) {
      ArrayNode related = o.putArray("related");
      f.related().forEach(l -> related.add(l.toString()));
    }
    f.drift().ifPresent(d -> o.putObject("drift").put("attribute", d.attribute()).put("desired", d.desired())
        .put("live", d.live()));
  }

  @Override
  public String render(Report report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", 1);
    root.putObject("tool").put("name", tool.name()).put("version", tool.version());
    root.putObject("summary")
        .put("verdict", report.verdict().name().toLowerCase(java.util.Locale.ROOT))
        .put("blocking", report.count(Severity.BLOCKING))
        .put("warning", report.count(Severity.WARNING))
        .put("info", report.count(Severity.INFO))
        .put("suppressed", report.suppressed().size())
        .put("notEvaluated", report.notEvaluated().size())
        .put("notes", report.notes().size());
    if (!report.roots().isEmpty()) {
      ArrayNode roots = root.putArray("roots"); // --recursive: the root modules checked, relative to DIR
      report.roots().forEach(roots::add);
    }
    ArrayNode findings = root.putArray("findings");
    java.util.Map<Finding, Finding> causes = io.vpcgate.engine.Causes.causeOf(report.findings());
    report.findings().forEach(f -> finding(findings.addObject(), f, causes));
    ArrayNode skipped = root.putArray("skipped");
    for (SkippedRule s : report.skipped()) {
      skipped.addObject().put("ruleId", s.ruleId()).put("reason", s.reason());
    }
    if (!report.suppressed().isEmpty()) {
      ArrayNode suppressed = root.putArray("suppressed");
      for (Suppressed x : report.suppressed()) {
        ObjectNode o = suppressed.addObject();
        finding(o, x.finding(), java.util.Map.of());
        o.putObject("suppression").put("kind", x.kind()).put("reason", x.reason()).put("where", x.where());
      }
    }
    if (!report.notEvaluated().isEmpty()) {
      ArrayNode notEvaluated = root.putArray("notEvaluated");
      for (NotEvaluated n : report.notEvaluated()) {
        ObjectNode o = notEvaluated.addObject().put("ruleId", n.ruleId()).put("rule", n.ruleName())
            .put("resource", n.subject()).put("reason", n.reason());
        if (n.location() instanceof Location.SourceLocation s) {
          o.putObject("location").put("file", s.file()).put("line", s.line());
        }
      }
    }
    ArrayNode notes = root.putArray("notes");
    report.notes().forEach(notes::add);
    if (!report.errors().isEmpty()) {
      ArrayNode errors = root.putArray("errors");
      report.errors().forEach(errors::add);
    }
    if (report.isIncomplete()) {
      ArrayNode incomplete = root.putArray("incomplete");
      report.incomplete().forEach(incomplete::add);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
