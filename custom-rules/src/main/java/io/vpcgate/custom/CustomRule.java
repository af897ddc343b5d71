package io.vpcgate.custom;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelUnknownSet;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleEvaluationException;
import io.vpcgate.engine.RuleMetadata;
import io.vpcgate.graph.Binding;
import io.vpcgate.model.DataStore;
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
import java.util.stream.Stream;

/**
 * An organisation's own rule: its condition evaluated over every subject of its target that the
 * configuration declares (an audit: that exists), in the wiring graph of the world after deploy. True
 * is a finding with the rule's message; unknown (a value not known before apply, a kind the live read
 * did not cover) is "not evaluated" with why; an evaluation error stops the rule, and the run is
 * incomplete.
 */
public final class CustomRule implements Rule {
  private final RuleSpec spec;
  private final RuleMetadata metadata;
  private final CelCompiler.Compiled when;
  private final MessageTemplate message;
  private final Messages messages;

  /** {@code messages}: what the rules loaded with this one read of the graph, and the key they share it by. */
  CustomRule(Expressions compiled, Messages messages) {
    this.spec = compiled.spec();
    this.when = compiled.when();
    this.message = compiled.message();
    this.messages = messages;
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
    // The rules loaded together read the same messages, built once per run with the fields any of them selects.
    GraphMessages graph = ctx.shared(messages, GraphMessages.class, () -> new GraphMessages(ctx, messages.words()));
    Set<String> declared = graph.declared();
    List<Finding> found = new ArrayList<>();
    for (Subject s : subjects(ctx, declared)) {
      Unknowns unknowns = new Unknowns();
      Map<String, Object> vars = new LinkedHashMap<>();
      for (Map.Entry<String, BuiltMessage> v : s.variables(graph).entrySet()) {
        unknowns.add(v.getKey(), v.getValue());
        vars.put(v.getKey(), v.getValue().value());
      }
      Variables in = new Variables(vars, unknowns.patterns());
      Object verdict;
      try {
        verdict = in.eval(when.program());
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

  /** A rule's expressions, compiled (parsed and type-checked: an input error names the file and line). */
  record Expressions(RuleSpec spec, CelCompiler.Compiled when, MessageTemplate message) {
    static Expressions compile(RuleSpec spec, CelCompiler cel) {
      List<Object> message = MessageTemplate.parse(spec.message());
      List<CelCompiler.Request> requests = new ArrayList<>();
      requests.add(CelCompiler.Request.condition(spec.when().value(), spec.when().at(), "when"));
      message.stream().filter(p -> p instanceof CelCompiler.Request)
          .forEach(p -> requests.add((CelCompiler.Request) p));
      List<CelCompiler.Compiled> compiled = cel.compileAll(spec.on(), requests); // one check for all (see compileAll)
      return new Expressions(spec, compiled.get(0), MessageTemplate.of(message, compiled.subList(1, compiled.size())));
    }

    /** The fields its expressions select: the only fields of the graph's messages they can read. */
    Set<String> names() {
      Set<String> names = new java.util.HashSet<>(when.names());
      names.addAll(message.names());
      return names;
    }
  }

  /**
   * The fields that the rules loaded together may read ({@link Expressions#names()} of each), and the key by
   * which they share one run's messages: one instance per load, compared by identity.
   */
  static final class Messages {
    private final Set<String> words;

    Messages(Set<String> names) {
      Set<String> words = new java.util.HashSet<>(names);
      words.add("address"); // what a message shows for a whole message ({{ workload }}), and what tells two apart
      this.words = Set.copyOf(words);
    }

    Set<String> words() {
      return words;
    }
  }

  /** One thing the rule judges: the resource a finding is about, where, and its variables. */
  private record Subject(Resource resource, Location location, String about, Builder builder) {
    interface Builder {
      Map<String, BuiltMessage> build(GraphMessages graph);
    }

    Map<String, BuiltMessage> variables(GraphMessages graph) {
      return builder.build(graph);
    }
  }

  private List<Subject> subjects(RuleContext ctx, Set<String> declared) {
    Target on = spec.on();
    Class<?> kind = on.kind().<Class<?>>map(k -> k.type()).orElse(Resource.class); // the subjects' type
    List<Subject> out = new ArrayList<>();
    switch (on.role()) { // loops, not streams: asked for every rule in every root of a monorepo
      case WORKLOAD, EGRESS_PATH -> {
        for (Workload w : ctx.wiring().workloads()) {
          if (kind.isInstance(w)) {
            out.add(on.role() == Target.Role.WORKLOAD
                ? new Subject(w, block(w), "", g -> Map.of("workload", g.workload(w)))
                : new Subject(w, RuleContext.at(w, Workload.VPC_ACCESS), "egress",
                    g -> inOrder("egress_path", g.egress(w), "workload", g.workload(w))));
          }
        }
      }
      case BINDING -> {
        Set<String> seen = new java.util.HashSet<>();
        for (Workload w : ctx.wiring().workloads()) {
          for (Binding b : ctx.wiring().bindings(w)) {
            String env = b.env().flatMap(e -> e.name().known()).orElse("");
            // One subject per workload, store and variable: an env value can be both a reference and a connection name.
            if (seen.add(w.address() + "\n" + b.store().address() + "\n" + env)) {
              Location at = b.env().isPresent() ? envAt(w, b.env().get()) : block(w);
              out.add(new Subject(w, at, "binding:" + b.store().address() + (env.isEmpty() ? "" : ":" + env),
                  g -> Map.of("binding", g.binding(b))));
            }
          }
        }
      }
      case DATA_STORE -> {
        for (DataStore s : ctx.wiring().dataStores()) {
          if (declared.contains(s.address()) && kind.isInstance(s)) {
            out.add(new Subject(s, block(s), "", g -> Map.of("data_store", g.dataStore(s))));
          }
        }
      }
      case CONNECTOR -> {
        for (VpcConnector c : ctx.world().all(VpcConnector.class)) {
          if (declared.contains(c.address())) {
            out.add(new Subject(c, block(c), "", g -> Map.of("connector", g.connector(c))));
          }
        }
      }
      case RESOURCE -> {
        for (Resource r : ctx.world().resources()) {
          if (declared.contains(r.address()) && kind.isInstance(r)) {
            out.add(new Subject(r, block(r), "", g -> Map.of("resource", g.resource(r))));
          }
        }
      }
      default -> throw new IllegalStateException(on.role().name());
    }
    return out;
  }

  private static Map<String, BuiltMessage> inOrder(String k1, BuiltMessage v1, String k2, BuiltMessage v2) {
    Map<String, BuiltMessage> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }

  private static Location block(Resource r) {
    return r.origin().location();
  }

  private static Location envAt(Workload w, EnvVar e) {
    return w.origin().at(e.valuePath());
  }
}
