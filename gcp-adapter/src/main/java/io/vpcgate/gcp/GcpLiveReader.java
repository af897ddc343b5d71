package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.asset.v1.ContentType;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.InputException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a project's live state with the Google Cloud clients, read-only (list calls only), with
 * every call in flight at once: first the region-less lists (Compute's networks, global addresses,
 * firewalls, and its aggregated subnetworks and routers; Cloud SQL; Redis across all regions) and
 * Cloud Run and VPC Access in the regions already known, then Cloud Run and VPC Access in the
 * regions the first round found. So a full read takes about two round trips, however many
 * resources and regions. What could not be read is reported, never guessed; a read refused for its
 * credentials is an input error.
 */
public final class GcpLiveReader {
  private final ClientOptions options;
  private final Progress progress;

  public GcpLiveReader(ClientOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * {@code knownRegions}: regions to read besides the ones the project shows (Terraform's); ignored
   * when the request names its regions.
   */
  public LiveRead read(LiveRequest request, Set<String> knownRegions) {
    long deadline = System.nanoTime() + request.deadline().toNanos();
    Calls calls = new Calls();
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "vpcgate-live");
      t.setDaemon(true);
      return t;
    });
    try (Clients clients = new Clients(options, request.callTimeout())) {
      Round round = new Round(pool, request, deadline);
      if (request.assetScope().isPresent()) {
        String scope = request.assetScope().get();
        round.add(Api.ASSET, "assets in " + scope, () -> AssetFetcher.assets(clients, scope, ContentType.RESOURCE,
            request.pageSize(), calls));
        round.add(Api.ASSET, "IAM policies in " + scope, () -> AssetFetcher.assets(clients, scope,
            ContentType.IAM_POLICY, request.pageSize(), calls));
        return round.finish(calls);
      }
      String project = request.project().orElseThrow();
      int size = request.pageSize();
      round.add(Api.COMPUTE, "networks in " + project, () -> ComputeFetcher.networks(clients, project, size, calls));
      round.add(Api.COMPUTE, "global addresses in " + project,
          () -> ComputeFetcher.globalAddresses(clients, project, size, calls));
      round.add(Api.COMPUTE, "firewall rules in " + project, () -> ComputeFetcher.firewalls(clients, project, size, calls));
      Future<List<ObjectNode>> subnets = round.add(Api.COMPUTE, "subnetworks in " + project,
          () -> ComputeFetcher.subnetworks(clients, project, request, calls));
      Future<List<ObjectNode>> routers = round.add(Api.COMPUTE, "routers in " + project,
          () -> ComputeFetcher.routers(clients, project, request, calls));
      round.add(Api.SQLADMIN, "Cloud SQL instances in " + project, () -> SqlInstanceFetcher.instances(clients, project,
          size, request.callTimeout(), calls).stream().filter(a -> request.wants(CaiAsset.location(a))).toList());
      List<String> redisRegions = request.regions().isEmpty() ? List.of("-") : request.regions();
      List<Future<List<ObjectNode>>> redis = new ArrayList<>();
      for (String r : redisRegions) {
        redis.add(round.add(Api.REDIS, "Memorystore instances in " + project + (r.equals("-") ? "" : "/" + r),
            () -> RedisFetcher.instances(clients, project, r, size, calls)));
      }
      Set<String> regions = new LinkedHashSet<>(request.regions().isEmpty() ? knownRegions : request.regions());
      regions.forEach(r -> regional(round, clients, project, r, size, calls));
      if (request.regions().isEmpty()) {
        // Round two: the regions the project turned out to have resources in.
        Set<String> found = new LinkedHashSet<>();
        round.value(subnets).ifPresent(a -> found.addAll(CaiAsset.regions(a)));
        round.value(routers).ifPresent(a -> found.addAll(CaiAsset.regions(a)));
        redis.forEach(f -> round.value(f).ifPresent(a -> found.addAll(CaiAsset.regions(a))));
        found.removeAll(regions);
        found.forEach(r -> regional(round, clients, project, r, size, calls));
      }
      return round.finish(calls);
    } finally {
      pool.shutdownNow();
    }
  }

  private void regional(Round round, Clients clients, String project, String region, int size, Calls calls) {
    round.add(Api.RUN, "Cloud Run services in " + project + "/" + region,
        () -> RunFetcher.services(clients, project, region, size, calls));
    round.add(Api.VPCACCESS, "VPC Access connectors in " + project + "/" + region,
        () -> ConnectorFetcher.connectors(clients, project, region, size, calls));
  }

  /** The calls in flight, each with what it reads; their results and failures once they end. */
  private final class Round {
    private final ExecutorService pool;
    private final LiveRequest request;
    private final long deadline;
    private final List<Pending> pending = new ArrayList<>();

    Round(ExecutorService pool, LiveRequest request, long deadline) {
      this.pool = pool;
      this.request = request;
      this.deadline = deadline;
    }

    private record Pending(Api api, String what, Future<List<ObjectNode>> future) {}

    Future<List<ObjectNode>> add(Api api, String what, Callable<List<ObjectNode>> call) {
      Future<List<ObjectNode>> f = pool.submit(() -> {
        progress.reading(what);
        List<ObjectNode> result = call.call();
        progress.read(what, result.size());
        return result;
      });
      pending.add(new Pending(api, what, f));
      return f;
    }

    /** The call's result once it ends, or empty if it failed (finish reports why). */
    java.util.Optional<List<ObjectNode>> value(Future<List<ObjectNode>> f) {
      try {
        return java.util.Optional.of(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return java.util.Optional.empty();
      } catch (ExecutionException | TimeoutException e) {
        return java.util.Optional.empty();
      }
    }

    LiveRead finish(Calls calls) {
      List<ObjectNode> assets = new ArrayList<>();
      List<LiveGap> gaps = new ArrayList<>();
      Set<String> notes = new LinkedHashSet<>();
      for (Pending p : pending) {
        try {
          assets.addAll(p.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          gaps.add(new LiveGap(p.api().name(), "cannot list " + p.what() + ": interrupted", p.api().terraformTypes()));
        } catch (TimeoutException e) {
          p.future().cancel(true);
          gaps.add(Failures.gap(p.api(), p.what(), e, request.deadline()));
        } catch (ExecutionException e) {
          if (Failures.unauthenticated(e.getCause())) {
            throw new InputException("Google Cloud refused the credentials (UNAUTHENTICATED) when reading " + p.what()
                + "; perhaps you should run `gcloud auth application-default login`, or pass --snapshot live.json");
          }
          if (Failures.disabled(e.getCause())) {
            notes.add("the " + p.api().title() + " is not enabled in " + request.project().orElse("the project")
                + ", so it has no " + p.what().replaceFirst(" in .*$", ""));
          } else {
            gaps.add(Failures.gap(p.api(), p.what(), e.getCause(), request.callTimeout()));
          }
        }
      }
      return new LiveRead(assets, gaps, List.copyOf(notes), calls.count());
    }
  }

}
