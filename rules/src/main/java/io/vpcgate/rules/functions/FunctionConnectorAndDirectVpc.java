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
import io.vpcgate.model.EgressPath;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * FN-02: a 2nd gen function reaches the VPC through a Serverless VPC Access connector or through
 * Direct VPC egress, never both: the provider declares {@code vpc_connector} and {@code
 * direct_vpc_network_interface} conflicting, and Cloud Run functions' documentation says the two
 * cannot be used at the same time. When either is not known before apply, the function is not evaluated.
 */
@RuleInfo(
    id = "FN-02",
    summary = "Cloud Function sets both a VPC connector and Direct VPC egress",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudFunction.class},
    readsLive = false)
public final class FunctionConnectorAndDirectVpc implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudFunction.class).stream().filter(f -> f.generation() == Generation.GEN_2)
        .flatMap(f -> finding(ctx, f).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, CloudFunction f) {
    EgressPath e = f.egress();
    Attr<Boolean> connector = e.connector().map(c -> true);
    Attr<Boolean> direct = e.interfaceCount().map(n -> n > 0);
    if (connector.isAbsent() || direct.isAbsent() || direct.equals(Attr.known(false))) {
      return Optional.empty();
    }
    if (!connector.isKnown() || !direct.isKnown()) {
      ctx.notEvaluated(f, RuleContext.at(f, CloudFunction.CONNECTOR), "whether it sets both a connector and Direct VPC: "
          + (connector.isKnown() ? "direct_vpc_network_interface" : "vpc_connector") + " is not known before apply");
      return Optional.empty();
    }
    return Optional.of(ctx.finding(f, CloudFunction.CONNECTOR)
        .message("Function %s sets vpc_connector %s and direct_vpc_network_interface; a function uses a connector or "
            + "Direct VPC egress, not both", f.address(), e.connector().known().get())
        .remediation("Remove vpc_connector (and vpc_connector_egress_settings) to use Direct VPC, or remove "
            + "direct_vpc_network_interface (and direct_vpc_egress) to keep the connector")
        .build());
  }
}
