package io.vpcgate.engine;

import java.util.List;
import java.util.Set;

/**
 * A rule's {@link RuleInfo}, read once; {@code name} is the rule class's simple name and its {@link
 * #explanation()} the Markdown next to the rule class ({@code <Name>.md}: Why, How to fix, Sources), read from
 * the jar when first asked for ({@code page}): a text report never needs it.
 * {@code definedIn} is the file an organisation's own rule is written in ({@code .vpcgate/rules/x.yaml:3}),
 * empty for a built-in rule.
 */
public record RuleMetadata(String id, String name, String summary, Severity severity, Category category,
    List<Class<?>> appliesTo, Set<Input> requires, java.util.function.Supplier<String> page, boolean readsLive,
    String definedIn) {

  public RuleMetadata(String id, String name, String summary, Severity severity, Category category,
      List<Class<?>> appliesTo, Set<Input> requires, String explanation, boolean readsLive, String definedIn) {
    this(id, name, summary, severity, category, appliesTo, requires, () -> explanation, readsLive, definedIn);
  }

  /** A built-in rule. */
  public RuleMetadata(String id, String name, String summary, Severity severity, Category category,
      List<Class<?>> appliesTo, Set<Input> requires, String explanation, boolean readsLive) {
    this(id, name, summary, severity, category, appliesTo, requires, explanation, readsLive, "");
  }

  /** A rule that reads what exists (most do). */
  public RuleMetadata(String id, String name, String summary, Severity severity, Category category,
      List<Class<?>> appliesTo, Set<Input> requires, String explanation) {
    this(id, name, summary, severity, category, appliesTo, requires, explanation, true);
  }

  /** The rule's page: Why, How to fix, Sources. */
  public String explanation() {
    return page.get();
  }

  public RuleMetadata {
    appliesTo = List.copyOf(appliesTo);
    requires = Set.copyOf(requires);
  }

  /** The Terraform resource types of the kinds the rule applies to. */
  public List<String> resourceTypes() {
    return io.vpcgate.kinds.Kinds.terraformTypes(appliesTo);
  }

  /** The names of the kinds the rule applies to. */
  public Set<String> kinds() {
    return io.vpcgate.kinds.Kinds.ofRoles(appliesTo).stream().map(io.vpcgate.kind.Kind::name)
        .collect(java.util.stream.Collectors.toSet());
  }

  /** Whether the rule judges or reads resources like {@code r}. */
  public boolean appliesTo(io.vpcgate.model.Resource r) {
    // Asked for every rule and resource of a run: without a stream or an iterator, it allocates nothing.
    for (int i = 0; i < appliesTo.size(); i++) {
      if (appliesTo.get(i).isInstance(r)) {
        return true;
      }
    }
    return false;
  }

  /** Per rule class, read once: its annotation and its page (a resource of the jar) are asked for several times a run. */
  private static final ClassValue<RuleMetadata> READ = new ClassValue<>() {
    @Override
    protected RuleMetadata computeValue(Class<?> type) {
      return read(type);
    }
  };

  public static RuleMetadata of(Rule rule) {
    return READ.get(rule.getClass());
  }

  private static RuleMetadata read(Class<?> rule) {
    RuleInfo info = rule.getAnnotation(RuleInfo.class);
    if (info == null) {
      throw new IllegalArgumentException(rule.getName() + " has no @RuleInfo");
    }
    return new RuleMetadata(info.id(), rule.getSimpleName(), info.summary(), info.severity(),
        info.category(), List.of(info.appliesTo()), Set.of(info.requires()), new Page(rule), info.readsLive(), "");
  }

  /** A built-in rule's page, {@code <Name>.md} next to its class, read on first use and kept. */
  private static final class Page implements java.util.function.Supplier<String> {
    private final Class<?> rule;
    private String text;

    Page(Class<?> rule) {
      this.rule = rule;
    }

    @Override
    public synchronized String get() {
      if (text == null) {
        try (java.io.InputStream in = rule.getResourceAsStream(rule.getSimpleName() + ".md")) {
          text = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
          text = "";
        }
      }
      return text;
    }
  }

  /** An organisation's own rule, defined in a file rather than built in. */
  public boolean custom() {
    return !definedIn.isEmpty();
  }

  public boolean needsLive() {
    return requires.contains(Input.LIVE);
  }
}
