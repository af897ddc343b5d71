package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** WIRE-11: a workload bound to a data store in another region pays for every request crossing regions. */
@RuleInfo(
    id = "WIRE-11",
    summary = "Workload uses a data store in another region",
    severity = Severity.WARNING,
    category = Category.WIRING,
    appliesTo = {Workload.class, DataStore.class})
public final class DataStoreInAnotherRegion implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload w : ctx.wiring().workloads()) {
      if (w.id().region().known().isEmpty()) {
        continue;
      }
      String region = w.id().region().known().get();
      for (DataStore store : ctx.wiring().storesOf(w)) {
        store.id().region().known().filter(r -> !r.equals(region)).ifPresent(r -> out.add(ctx.finding(w, Workload.LOCATION)
            .message("%s (%s) uses %s %s in %s: every request crosses regions (latency, inter-region egress, "
                + "two regions' failures)%s", Subjects.of(w), region, store instanceof RedisInstance ? "Redis" : "Cloud SQL",
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
