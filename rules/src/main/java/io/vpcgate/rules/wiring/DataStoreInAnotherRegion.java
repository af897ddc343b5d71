package io.vpcgate.rules.wiring;

import io.vpcgate.model.SqlInstance;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.DataStores;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * WIRE-11: a service whose Redis or Cloud SQL instance is in another region pays cross-region
 * latency and egress and shares two regions' failures. A connector can forward across regions, but
 * whether classic Memorystore serves clients from another region is not documented: a WARNING.
 */
@RuleInfo(
    id = "WIRE-11",
    summary = "Cloud Run service uses a Redis or Cloud SQL instance in another region",
    severity = Severity.WARNING,
    category = Category.WIRING,
    appliesTo = {CloudRunService.class, RedisInstance.class, SqlInstance.class})
public final class DataStoreInAnotherRegion implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      if (s.id().region().known().isEmpty()) {
        continue;
      }
      String region = s.id().region().known().get();
      for (Resource store : DataStores.usedBy(s, ctx.world())) {
        store.id().region().known().filter(r -> !r.equals(region)).ifPresent(r -> out.add(ctx.finding(s, CloudRunService.LOCATION)
            .message("Service %s (%s) uses %s %s in %s: every request crosses regions (latency, inter-region egress, "
                + "two regions' failures)%s", s.address(), region, store instanceof RedisInstance ? "Redis" : "Cloud SQL",
                store.address(), r, store instanceof RedisInstance
                    ? "; cross-region clients are documented for Memorystore for Redis Cluster, not for this instance" : "")
            .remediation("Run the service in %s, or move the data store to %s", r, region)
            .related(store.origin().location())
            .build()));
      }
    }
    return out.stream();
  }
}
