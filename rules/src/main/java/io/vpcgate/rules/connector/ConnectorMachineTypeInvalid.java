package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import java.util.List;
import java.util.stream.Stream;

/** VPCC-07: machine_type must be f1-micro, e2-micro or e2-standard-4. */
@RuleInfo(
    id = "VPCC-07",
    summary = "Serverless VPC connector machine type is not supported",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class})
public final class ConnectorMachineTypeInvalid implements Rule {
  static final List<String> ALLOWED = List.of("f1-micro", "e2-micro", "e2-standard-4");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream()
        .filter(c -> c.machineType().known().map(m -> !ALLOWED.contains(m)).orElse(false))
        .map(c -> ctx.finding(c, VpcConnector.MACHINE_TYPE)
            .message("Connector %s: machine_type \"%s\" is not one of f1-micro, e2-micro, e2-standard-4; the API "
                + "rejects it", c.address(), c.machineType().known().get())
            .remediation("Use machine_type = \"e2-standard-4\" for high packet rates, or \"e2-micro\"")
            .build());
  }
}
