package io.vpcgate.rules.functions;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.CloudFunction.Generation;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * FN-04: a 1st gen function's {@code vpc_connector} as a short name. The Cloud Functions v1 API
 * reference accepts "the fully-qualified URI, or the short name", but the provider's page asks for
 * the fully-qualified URI ({@code projects/P/locations/R/connectors/C}) since a short name failed
 * with "VPC connector is not ready yet or does not exist" (terraform-provider-google PR #7111). The
 * sources disagree, so this is a warning.
 */
@RuleInfo(
    id = "FN-04",
    summary = "Cloud Function (1st gen) names its VPC connector by short name",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {CloudFunction.class},
    readsLive = false)
public final class FunctionConnectorShortName implements Rule {
  private static final Pattern FULL = Pattern.compile("^projects/[^/]+/locations/[^/]+/connectors/[^/]+$");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudFunction.class).stream().filter(f -> f.generation() == Generation.GEN_1)
        .flatMap(f -> finding(ctx, f).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, CloudFunction f) {
    Attr<String> connector = f.egress().connector();
    if (connector instanceof Attr.Unknown<String> u) {
      ctx.notEvaluated(f, RuleContext.at(f, CloudFunction.CONNECTOR),
          "whether vpc_connector is a full path: it is not known before apply (" + u.reason() + ")");
      return Optional.empty();
    }
    Optional<String> name = connector.known();
    if (name.isEmpty() || FULL.matcher(name.get()).matches()) {
      return Optional.empty();
    }
    String full = "projects/" + f.id().projectOr("PROJECT") + "/locations/" + f.id().regionOr("REGION") + "/connectors/"
        + name.get().substring(name.get().lastIndexOf('/') + 1);
    return Optional.of(ctx.finding(f, CloudFunction.CONNECTOR)
        .message("Function %s: vpc_connector = \"%s\" is not a full path; the provider asks for "
            + "projects/P/locations/R/connectors/C, and a short name has failed with \"VPC connector is not ready yet or "
            + "does not exist\"", f.address(), name.get())
        .remediation("Set vpc_connector = \"%s\" (or the connector resource's id)", full)
        .build());
  }
}
