package io.vpcgate.config;

import io.vpcgate.engine.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's {@code .vpcgate.yml}: rules to disable, severity overrides by rule ID, the
 * default {@code --fail-on}, project and region for resources whose provider sets none, and
 * attributes drift comparison ignores ({@code TYPE.ATTRIBUTE} patterns, {@code *} for any type).
 */
public record VpcgateConfig(Optional<String> source, Set<String> disabled, Map<String, Severity> severities,
    Optional<String> failOn, Optional<String> project, Optional<String> region, List<String> driftIgnore) {

  public static final VpcgateConfig NONE =
      new VpcgateConfig(Optional.empty(), Set.of(), Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

  public VpcgateConfig {
    disabled = Set.copyOf(disabled);
    severities = Map.copyOf(severities);
    driftIgnore = List.copyOf(driftIgnore);
  }
}
