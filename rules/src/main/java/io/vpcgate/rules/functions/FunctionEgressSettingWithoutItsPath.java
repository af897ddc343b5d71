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
import io.vpcgate.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * FN-03: each egress setting steers one path. {@code vpc_connector_egress_settings} steers a
 * connector, {@code direct_vpc_egress} steers Direct VPC; written for the other path, or with no
 * VPC path at all, it steers nothing, and {@code ALL_TRAFFIC} written there does not send traffic
 * to public addresses into the VPC. A warning: what the API does with such a setting is not
 * documented. Both settings are computed by the provider, so a plan holds them whether written or
 * not: only a setting the configuration writes is judged (or, where the configuration is not
 * known, an {@code ALL_TRAFFIC} value, which is never the default).
 */
@RuleInfo(
    id = "FN-03",
    summary = "Cloud Function egress setting applies to a VPC path it does not use",
    severity = Severity.WARNING,
    category = Category.WIRING,
    appliesTo = {CloudFunction.class},
    readsLive = false)
public final class FunctionEgressSettingWithoutItsPath implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudFunction.class).stream().flatMap(f -> findings(ctx, f).stream());
  }

  private static List<Finding> findings(RuleContext ctx, CloudFunction f) {
    List<Finding> out = new ArrayList<>();
    EgressPath e = f.egress();
    if (written(f, CloudFunction.EGRESS, f.connectorEgress())) {
      if (e.connector().isUnknown()) {
        ctx.notEvaluated(f, RuleContext.at(f, CloudFunction.EGRESS),
            "whether vpc_connector_egress_settings has a connector to steer: vpc_connector is not known before apply");
      } else if (e.connector().isAbsent()) {
        boolean direct = e.interfaceCount().known().map(n -> n > 0).orElse(false);
        out.add(ctx.finding(f, CloudFunction.EGRESS)
            .message("Function %s sets vpc_connector_egress_settings = %s but has no vpc_connector; %s",
                f.address(), shown(f.connectorEgress()), direct
                    ? "its Direct VPC egress is steered by direct_vpc_egress (VPC_EGRESS_PRIVATE_RANGES_ONLY unless set)"
                    : "the setting steers nothing")
            .remediation(direct ? "Set direct_vpc_egress = \"VPC_EGRESS_%s\" and remove vpc_connector_egress_settings"
                : "Set vpc_connector to the connector's full path, or remove vpc_connector_egress_settings",
                mode(f.connectorEgress()))
            .build());
      }
    }
    if (f.generation() == Generation.GEN_2 && written(f, CloudFunction.DIRECT_VPC_EGRESS, f.directVpcEgress())) {
      if (e.interfaceCount().isUnknown()) {
        ctx.notEvaluated(f, RuleContext.at(f, CloudFunction.DIRECT_VPC_EGRESS), "whether direct_vpc_egress has a Direct "
            + "VPC interface to steer: direct_vpc_network_interface is not known before apply");
      } else if (!e.interfaceCount().known().map(n -> n > 0).orElse(false)) {
        boolean connector = e.connector().isKnown();
        out.add(ctx.finding(f, CloudFunction.DIRECT_VPC_EGRESS)
            .message("Function %s sets direct_vpc_egress = %s but has no direct_vpc_network_interface; %s",
                f.address(), shown(f.directVpcEgress()), connector
                    ? "its connector is steered by vpc_connector_egress_settings (PRIVATE_RANGES_ONLY unless set)"
                    : "the setting steers nothing")
            .remediation(connector ? "Set vpc_connector_egress_settings = \"%s\" and remove direct_vpc_egress"
                : "Add a direct_vpc_network_interface block, or remove direct_vpc_egress",
                mode(f.directVpcEgress()))
            .build());
      }
    }
    return out;
  }

  /** ALL_TRAFFIC when the setting means it, else PRIVATE_RANGES_ONLY: what to write for the path in use. */
  private static String mode(Attr<String> setting) {
    return CloudFunction.mode(setting).equals(Attr.known(EgressPath.ALL_TRAFFIC)) ? EgressPath.ALL_TRAFFIC
        : EgressPath.PRIVATE_RANGES_ONLY;
  }

  private static String shown(Attr<String> setting) {
    return setting.known().map(v -> "\"" + v + "\"").orElse("(a value known after apply)");
  }

  /** The configuration writes it; or, where what was written is not known, it holds ALL_TRAFFIC, never a default. */
  private static boolean written(CloudFunction f, Field field, Attr<String> setting) {
    Optional<Boolean> configured = RuleContext.configured(f, field);
    if (configured.isPresent()) {
      return configured.get();
    }
    return CloudFunction.mode(setting).equals(Attr.known(EgressPath.ALL_TRAFFIC));
  }
}
