package io.vpcgate.rules.appengine;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.AppEngineVersion.ScalingType;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * GAE-02: basic scaling's {@code max_instances} "must be in the range [1, 200]" (the provider's
 * documentation of the App Engine Admin field). Below 1 the version can run nothing: blocking.
 * Above 200 a warning, because the documented range is the provider's, not an API error we could
 * quote. Unknown before apply: not judged.
 */
@RuleInfo(
    id = "GAE-02",
    summary = "App Engine basic scaling max_instances is outside 1 to 200",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {AppEngineVersion.class})
public final class AppEngineBasicScalingOutOfBounds implements Rule {
  static final int MAX = 200;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(AppEngineVersion.class).stream()
        .filter(v -> v.scaling().type().known().filter(t -> t == ScalingType.BASIC).isPresent())
        .flatMap(v -> finding(ctx, v).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, AppEngineVersion v) {
    if (v.scaling().basicMaxInstances().isUnknown()) {
      ctx.notEvaluated(v, RuleContext.at(v, AppEngineVersion.BASIC_MAX_INSTANCES),
          "whether basic_scaling.max_instances is within 1 to 200: it is not known before apply");
      return Optional.empty();
    }
    return v.scaling().basicMaxInstances().known().filter(n -> n < 1 || n > MAX).map(n -> ctx
        .finding(v, AppEngineVersion.BASIC_MAX_INSTANCES).severity(n < 1 ? Severity.BLOCKING : Severity.WARNING)
        .message("Version %s: basic_scaling max_instances = %d is outside the documented range 1 to %d%s", v.address(),
            n, MAX, n < 1 ? "; the version could start no instance" : "")
        .remediation("Set basic_scaling max_instances between 1 and %d", MAX)
        .build());
  }
}
