package io.vpcgate.rules.wiring;

import io.vpcgate.model.SqlInstance;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.ApiVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * WIRE-12: Cloud SQL instances whose server certificates come from Certificate Authority Service
 * (GOOGLE_MANAGED_CAS_CA, CUSTOMER_MANAGED_CAS_CA) need the Auth Proxy v2 that only Cloud Run's
 * second generation execution environment runs; a first generation service cannot use the built-in
 * connection to them. Only an explicit gen1 is judged: unset, Cloud Run chooses.
 */
@RuleInfo(
    id = "WIRE-12",
    summary = "Cloud Run first-generation service attaches a Cloud SQL instance with a CAS CA",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, SqlInstance.class})
public final class SqlCaModeNeedsGen2 implements Rule {
  private static final Set<String> CAS = Set.of("GOOGLE_MANAGED_CAS_CA", "CUSTOMER_MANAGED_CAS_CA");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      if (!s.revision().generation().known().map("GEN1"::equals).orElse(false)) {
        continue;
      }
      for (String conn : s.cloudSqlInstances().known().orElse(List.of())) {
        ctx.wiring().sqlByConnectionName(conn)
            .filter(q -> q.serverCaMode().known().map(CAS::contains).orElse(false))
            .ifPresent(q -> out.add(ctx.finding(s, CloudRunService.EXECUTION_ENVIRONMENT)
                .message("Service %s runs in the first generation execution environment but attaches Cloud SQL %s, "
                    + "whose server_ca_mode is %s; that needs the Cloud SQL Auth Proxy v2, which only the second "
                    + "generation runs", s.address(), q.address(), q.serverCaMode().known().get())
                .remediation("Set %s, or use GOOGLE_MANAGED_INTERNAL_CA on the instance", s.apiVersion() == ApiVersion.V2
                    ? "execution_environment = \"EXECUTION_ENVIRONMENT_GEN2\""
                    : "run.googleapis.com/execution-environment = \"gen2\"")
                .related(q.origin().location())
                .build()));
      }
    }
    return out.stream();
  }
}
