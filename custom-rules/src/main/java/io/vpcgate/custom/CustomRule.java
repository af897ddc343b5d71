package io.vpcgate.custom;

import com.google.protobuf.Message;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.PartialVars;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleEvaluationException;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.graph.Binding;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Location;
import io.vpcgate.model.Resource;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An organisation's own rule: its condition evaluated over every subject of its target that the
 * configuration declares (an audit: that exists), in the wiring graph of the world after deploy. True
 * is a finding with the rule's message; unknown (a value not known before apply, a kind the live read
 * did not cover) is "not evaluated" with why; an evaluation error stops the rule, and the run is
 * incomplete.
 */
public final class CustomRule implements Rule {
  private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private final RuleSpec spec;
  private final RuleMetadata metadata;
  private final CelCompiler.Compiled when;
  private final MessageTemplate message;
  private final Set<String> words;

  CustomRule(RuleSpec spec, CelCompiler cel) {
    this.spec = spec;
    this.when = cel.condition(spec.on(), spec.when().value(), spec.when().at(), "when");
    this.message = MessageTemplate.compile(spec.message(), spec.on(), cel);
    // What the expressions name, and the address a message shows for a whole message ({{ workload }}).
    this.words = words(spec.when().value() + "\n" + spec.message().value() + "\naddress");
    this.metadata = new RuleMetadata(spec.id(), spec.name(), spec.summary(), spec.severity(), spec.category(),
        spec.on().appliesTo(), spec.needs(), RulePage.explanation(spec), true, spec.at().toString());
  }

  @Override
  public RuleMetadata metadata() {
    return metadata;
  }

  RuleSpec spec() {
    return spec;
  }

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    GraphMessages graph = new GraphMessages(ctx);
    Set<String> declared = ctx.desired().resources().stream().map(Resource::address).collect(Collectors.toSet());
    List<Finding> found = new ArrayList<>();
    for (Subject s : subjects(ctx, declared)) {
      Unknowns unknowns = new Unknowns();
      Map<String, Object> vars = s.variables(graph, unknowns);
      PartialVars in = PartialVars.of(vars, unknowns.patterns().toArray(new dev.cel.runtime.CelAttributePattern[0]));
      Object verdict;
      try {
        verdict = when.program().eval(in);
        if (verdict instanceof CelUnknownSet u) {
          ctx.notEvaluated(s.resource(), s.location(), unknowns.why(u.attributes()));
        } else if (Boolean.TRUE.equals(verdict)) {
          found.add(ctx.finding(s.resource(), s.location()).about(s.about()).message("%s", message.render(in))
              .remediation("%s", spec.remediation()).build());
        }
      } catch (CelEvaluationException e) {
        throw failure(s.resource(), e);
      }
    }
    return found.stream();
  }

  /** "rules.yaml:7: ACME-01 on google_cloud_run_v2_service.api: No matching overload ... (is a value null?...)". */
  private RuleEvaluationException failure(Resource subject, CelEvaluationException e) {
    String what = String.valueOf(e.getMessage()).replaceAll(" at <input>:\\d+", ""); // CEL's offset: the line says where
    String hint = what.contains("No matching overload") ? " (is a value null, unset? test it with != null first)" : "";
    return new RuleEvaluationException(spec.when().at() + ": " + spec.id() + " on " + subject.address() + ": " + what + hint, e);
  }

  /** The identifiers in {@code text}: the only fields an expression in it can read. */
  static Set<String> words(String text) {
    Set<String> w = new java.util.HashSet<>();
    java.util.regex.Matcher m = WORD.matcher(text);
    while (m.find()) {
      w.add(m.group());
    }
    return w;
  }

  /** One thing the rule judges: the resource a finding is about, where, and its variables. */
  private record Subject(Resource resource, Location location, String about, Builder builder) {
    interface Builder {
      Map<String, Object> build(GraphMessages graph, Unknowns unknowns);
    }

    Map<String, Object> variables(GraphMessages graph, Unknowns unknowns) {
      return builder.build(graph, unknowns);
    }
  }

  private List<Subject> subjects(RuleContext ctx, Set<String> declared) {
    Target on = spec.on();
    List<Subject> out = new ArrayList<>();
    switch (on.role()) {
      case WORKLOAD, EGRESS_PATH -> {
        for (Workload w : ctx.wiring().workloads()) {
          if (on.kind().map(k -> k.type().isInstance(w)).orElse(true)) {
            out.add(on.role() == Target.Role.WORKLOAD
                ? new Subject(w, block(w), "", (g, u) -> Map.of("workload", g.workload(w, writer("Workload", "workload", u))))
                : new Subject(w, RuleContext.at(w, Workload.VPC_ACCESS), "egress", (g, u) -> vars(
                    "egress_path", g.egress(ctx.wiring().route(w), writer("EgressPath", "egress_path", u)),
                    "workload", g.workload(w, writer("Workload", "workload", u)))));
          }
        }
      }
      case BINDING -> {
        Set<String> seen = new java.util.HashSet<>();
        for (Binding b : ctx.wiring().bindings()) {
          // One subject per workload, store and variable: an env value can be both a reference and a connection name.
          if (!seen.add(b.workload().address() + "\n" + b.store().address() + "\n"
              + b.env().flatMap(e -> e.name().known()).orElse(""))) {
            continue;
          }
          Location at = b.env().map(e -> envAt(b.workload(), e)).orElse(block(b.workload()));
          out.add(new Subject(b.workload(), at, "binding:" + b.store().address()
              + b.env().flatMap(e -> e.name().known()).map(n -> ":" + n).orElse(""),
              (g, u) -> Map.of("binding", g.binding(b, writer("Binding", "binding", u)))));
        }
      }
      case DATA_STORE -> ctx.wiring().dataStores().stream().filter(s -> declared.contains(s.address()))
          .filter(s -> on.kind().map(k -> k.type().isInstance(s)).orElse(true))
          .forEach(s -> out.add(new Subject(s, block(s), "",
              (g, u) -> Map.of("data_store", g.dataStore(s, writer("DataStore", "data_store", u))))));
      case CONNECTOR -> ctx.world().all(VpcConnector.class).stream().filter(c -> declared.contains(c.address()))
          .forEach(c -> out.add(new Subject(c, block(c), "",
              (g, u) -> Map.of("connector", g.connector(c, writer("Connector", "connector", u))))));
      case RESOURCE -> ctx.world().resources().stream().filter(r -> declared.contains(r.address()))
          .filter(r -> on.kind().orElseThrow().type().isInstance(r))
          .forEach(r -> out.add(new Subject(r, block(r), "",
              (g, u) -> Map.of("resource", g.resource(r, writer("Resource", "resource", u))))));
      default -> throw new IllegalStateException(on.role().name());
    }
    return out;
  }

  private static Map<String, Object> vars(String k1, Message v1, String k2, Message v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private MessageWriter writer(String type, String variable, Unknowns unknowns) {
    return new MessageWriter(type, List.of(variable), unknowns, words);
  }

  private static Location block(Resource r) {
    return r.origin().location();
  }

  private static Location envAt(Workload w, EnvVar e) {
    return w.origin().at(e.valuePath());
  }
}
