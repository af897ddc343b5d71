package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.kind.Kind;
import io.vpcgate.model.CloudFunction;
import io.vpcgate.model.AppEngineVersion;
import io.vpcgate.model.CloudRunJob;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunWorkerPool;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.ForwardingRule;
import io.vpcgate.model.MemcacheInstance;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.Network;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.SharedVpcServiceProject;
import io.vpcgate.model.Router;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.RedisCluster;
import io.vpcgate.model.ServiceConnectionPolicy;
import io.vpcgate.model.ValkeyInstance;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list call of each kind the live read lists, by kind name: the registry says which API and
 * role and how a call spans regions; this says which client method makes it. Every result is
 * already a Cloud Asset Inventory asset.
 */
final class LiveLists {
  /** One list call: {@code region} is a region, "-" (every region at once) or "global". */
  @FunctionalInterface
  interface Lister {
    List<ObjectNode> list(Clients clients, String project, String region, LiveRequest request, Calls calls)
        throws IOException, InterruptedException;
  }

  private static final Map<String, Lister> LISTERS = Map.ofEntries(
      Map.entry(Network.KIND, (c, p, r, q, calls) -> ComputeFetcher.networks(c, p, q.pageSize(), calls)),
      Map.entry(GlobalAddress.KIND, (c, p, r, q, calls) -> ComputeFetcher.globalAddresses(c, p, q.pageSize(), calls)),
      Map.entry(Firewall.KIND, (c, p, r, q, calls) -> ComputeFetcher.firewalls(c, p, q.pageSize(), calls)),
      Map.entry(Subnetwork.KIND, (c, p, r, q, calls) -> ComputeFetcher.subnetworks(c, p, q, calls)),
      Map.entry(Router.KIND, (c, p, r, q, calls) -> ComputeFetcher.routers(c, p, q, calls)),
      Map.entry(SqlInstance.KIND, (c, p, r, q, calls) -> SqlInstanceFetcher.instances(c, p, q.pageSize(), q.callTimeout(), calls)
          .stream().filter(a -> q.wants(CaiAsset.location(a))).toList()),
      Map.entry(RedisInstance.KIND, LiveLists::redis),
      Map.entry(CloudRunService.KIND, (c, p, r, q, calls) -> RunFetcher.services(c, p, r, q.pageSize(), calls)),
      Map.entry(VpcConnector.KIND, (c, p, r, q, calls) -> ConnectorFetcher.connectors(c, p, r, q.pageSize(), calls)),
      Map.entry(SharedVpcServiceProject.KIND, (c, p, r, q, calls) -> ComputeFetcher.xpnHost(c, p, calls)),
      Map.entry(CloudFunction.KIND, LiveLists::functions),
      Map.entry(RedisCluster.KIND, (c, p, r, q, calls) -> eachRegion(q, x -> RedisClusterFetcher.clusters(c, p, x, q.pageSize(), calls))),
      Map.entry(ServiceConnectionPolicy.KIND,
          (c, p, r, q, calls) -> eachRegion(q, x -> ServiceConnectionPolicyFetcher.policies(c, p, x, q.pageSize(), calls))),
      Map.entry(ValkeyInstance.KIND, (c, p, r, q, calls) -> eachRegion(q, x -> {
        try {
          return ValkeyFetcher.instances(c, p, x, q.pageSize(), q.callTimeout(), calls);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted while listing Memorystore for Valkey instances");
        }
      })),
      Map.entry(CloudRunJob.KIND, (c, p, r, q, calls) -> RunJobFetcher.jobs(c, p, r, q.pageSize(), calls)),
      Map.entry(CloudRunWorkerPool.KIND, (c, p, r, q, calls) -> RunJobFetcher.workerPools(c, p, r, q.pageSize(), calls)),
      Map.entry(AppEngineVersion.KIND, (c, p, r, q, calls) -> AppEngineFetcher.versions(c, p, q.pageSize(), calls)),
      Map.entry(AlloyDbCluster.KIND, (c, p, r, q, calls) -> eachRegion(q, x -> AlloyDbFetcher.clusters(c, p, x, q.pageSize(), calls))),
      Map.entry(AlloyDbInstance.KIND, (c, p, r, q, calls) -> eachRegion(q, x -> AlloyDbFetcher.instances(c, p, x, q.pageSize(), calls))),
      Map.entry(MemcacheInstance.KIND, (c, p, r, q, calls) -> eachRegion(q, x -> MemcacheFetcher.instances(c, p, x, q.pageSize(), calls))),
      Map.entry(ForwardingRule.KIND, (c, p, r, q, calls) -> ForwardingRuleFetcher.forwardingRules(c, p, q, calls)),
      Map.entry(DnsManagedZone.KIND, (c, p, r, q, calls) -> DnsFetcher.zonesAndRecordSets(c, p, q.pageSize(), q.callTimeout(), calls)));

  private LiveLists() {}

  static Optional<Lister> of(Kind<?> kind) {
    return Optional.ofNullable(LISTERS.get(kind.name()));
  }

  /** One list call of one location ("-": all). */
  @FunctionalInterface
  private interface RegionList {
    List<ObjectNode> list(String region) throws IOException;
  }

  /** Every location with "-"; when the request names regions, each of them. */
  private static List<ObjectNode> eachRegion(LiveRequest request, RegionList list) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String r : request.regions().isEmpty() ? List.of("-") : request.regions()) {
      out.addAll(list.list(r));
    }
    return out;
  }

  /** Memorystore lists every location with "-"; when the request names regions, each of them. */
  private static List<ObjectNode> redis(Clients clients, String project, String region, LiveRequest request, Calls calls)
      throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String r : request.regions().isEmpty() ? List.of("-") : request.regions()) {
      out.addAll(RedisFetcher.instances(clients, project, r, request.pageSize(), calls));
    }
    return out;
  }

  /** Cloud Functions list every location with "-"; when the request names regions, each of them. */
  private static List<ObjectNode> functions(Clients clients, String project, String region, LiveRequest request, Calls calls)
      throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    for (String r : request.regions().isEmpty() ? List.of("-") : request.regions()) {
      out.addAll(FunctionsFetcher.functions(clients, project, r, request.pageSize(), calls));
    }
    return out;
  }
}
