package io.vpcgate.config;

import io.vpcgate.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's {@code .vpcgate.yml}: rules to disable, severity overrides by rule ID, the
 * default {@code --fail-on}, project and region for resources whose provider sets none, and
 * attributes drift comparison ignores ({@code TYPE.ATTRIBUTE} patterns, {@code *} for any type), and
 * where the organisation keeps its copy of the rule pages ({@code docs-url}).
 */
public record VpcgateConfig(Optional<String> source, Set<String> disabled, Map<String, Severity> severities,
    Optional<String> failOn, Optional<String> project, Optional<String> region, List<String> driftIgnore,
    Optional<String> docsUrl) {

  public static final VpcgateConfig NONE = new VpcgateConfig(Optional.empty(), Set.of(), Map.of(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(), Optional.empty());

  public VpcgateConfig {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
    driftIgnore = List.copyOf(driftIgnore);
  }
}
