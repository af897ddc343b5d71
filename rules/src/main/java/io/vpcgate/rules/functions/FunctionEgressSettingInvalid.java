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
import io.vpcgate.model.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * FN-01: each egress setting must be a value of its own enum. A connector's setting ({@code
 * vpc_connector_egress_settings}) is {@code PRIVATE_RANGES_ONLY} or {@code ALL_TRAFFIC}; 2nd gen's
 * Direct VPC setting ({@code direct_vpc_egress}) is {@code VPC_EGRESS_PRIVATE_RANGES_ONLY} or
 * {@code VPC_EGRESS_ALL_TRAFFIC}. The provider rejects the other enum's values at plan time. 1st
 * gen's provider compares ignoring case, so a lower-case value passes the plan and is only a
 * warning: whether the API takes it is not documented.
 */
@RuleInfo(
    id = "FN-01",
    summary = "Cloud Function egress setting is not a value of its own enum",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudFunction.class},
    readsLive = false)
public final class FunctionEgressSettingInvalid implements Rule {
  private static final Set<String> CONNECTOR = Set.of("PRIVATE_RANGES_ONLY", "ALL_TRAFFIC");
  private static final Set<String> CONNECTOR_GEN2 =
      Set.of("PRIVATE_RANGES_ONLY", "ALL_TRAFFIC", "VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED");
  private static final Set<String> DIRECT = Set.of("VPC_EGRESS_PRIVATE_RANGES_ONLY", "VPC_EGRESS_ALL_TRAFFIC");
  /** What the APIs report for a setting left unset (the default applies): valid in a function read live. */
  private static final Set<String> UNSPECIFIED =
      Set.of("VPC_CONNECTOR_EGRESS_SETTINGS_UNSPECIFIED", "DIRECT_VPC_EGRESS_UNSPECIFIED");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudFunction.class).stream().flatMap(f -> findings(ctx, f).stream());
  }

  private static List<Finding> findings(RuleContext ctx, CloudFunction f) {
    List<Finding> out = new ArrayList<>();
    String attribute = "vpc_connector_egress_settings";
    judge(ctx, f, CloudFunction.EGRESS, f.connectorEgress(), attribute).ifPresent(value -> {
      Set<String> allowed = f.generation() == Generation.GEN_1 ? CONNECTOR : CONNECTOR_GEN2;
      if (allowed.contains(value) || live(f) && UNSPECIFIED.contains(value)) {
        return;
      }
      if (f.generation() == Generation.GEN_1 && CONNECTOR.contains(value.toUpperCase(Locale.ROOT))) {
        out.add(ctx.finding(f, CloudFunction.EGRESS).severity(Severity.WARNING)
            .message("Function %s: %s = \"%s\" passes the provider's check, which ignores case, but the API's enum "
                + "is upper case", f.address(), attribute, value)
            .remediation("Write %s = \"%s\"", attribute, value.toUpperCase(Locale.ROOT)).build());
      } else if (DIRECT.contains(value)) {
        out.add(ctx.finding(f, CloudFunction.EGRESS)
            .message("Function %s: %s = \"%s\" is Direct VPC's value (direct_vpc_egress%s); a connector's setting is "
                + "PRIVATE_RANGES_ONLY or ALL_TRAFFIC", f.address(), attribute, value,
                f.generation() == Generation.GEN_1 ? ", which 1st gen functions do not have" : "")
            .remediation("Set %s = \"%s\"", attribute, value.substring("VPC_EGRESS_".length())).build());
      } else {
        out.add(ctx.finding(f, CloudFunction.EGRESS)
            .message("Function %s: %s = \"%s\" is not PRIVATE_RANGES_ONLY or ALL_TRAFFIC", f.address(), attribute, value)
            .remediation("Set %s = \"PRIVATE_RANGES_ONLY\" (the default) or \"ALL_TRAFFIC\"", attribute).build());
      }
    });
    if (f.generation() == Generation.GEN_2) {
      judge(ctx, f, CloudFunction.DIRECT_VPC_EGRESS, f.directVpcEgress(), "direct_vpc_egress").ifPresent(value -> {
        if (DIRECT.contains(value) || live(f) && UNSPECIFIED.contains(value)) {
          return;
        }
        boolean connectorValue = CONNECTOR.contains(value);
        out.add(ctx.finding(f, CloudFunction.DIRECT_VPC_EGRESS)
            .message("Function %s: direct_vpc_egress = \"%s\" %s; Direct VPC's setting is VPC_EGRESS_PRIVATE_RANGES_ONLY "
                + "or VPC_EGRESS_ALL_TRAFFIC", f.address(), value,
                connectorValue ? "is a connector's value (vpc_connector_egress_settings)" : "is not a value of its enum")
            .remediation("Set direct_vpc_egress = \"%s\"",
                connectorValue ? "VPC_EGRESS_" + value : "VPC_EGRESS_PRIVATE_RANGES_ONLY").build());
      });
    }
    return out;
  }

  /**
   * The setting's value when there is one to judge. Unknown: not evaluated, unless the
   * configuration certainly leaves it out (the provider computes it, so a plan has it unknown).
   */
  private static Optional<String> judge(RuleContext ctx, CloudFunction f, Field field, Attr<String> setting,
      String attribute) {
    if (setting.isUnknown() && !RuleContext.configured(f, field).equals(Optional.of(false))) {
      ctx.notEvaluated(f, RuleContext.at(f, field), attribute + " is not known before apply ("
          + ((Attr.Unknown<String>) setting).reason() + ")");
    }
    return setting.known();
  }

  /** Read from the live project (an audit): its values are the API's own, not a configuration's. */
  private static boolean live(CloudFunction f) {
    return f.origin().side() == io.vpcgate.model.Side.LIVE;
  }
}
