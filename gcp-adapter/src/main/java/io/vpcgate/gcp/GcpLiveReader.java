package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.asset.v1.ContentType;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.InputException;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a project's live state with the Google Cloud clients, read-only (list and get calls only), with
 * every call in flight at once: first each kind the registry lists globally or across every region
 * at once (Compute's networks, addresses and firewalls, its aggregated subnetworks and routers;
 * Cloud SQL; Redis over "-"), and the per-region kinds (Cloud Run, VPC Access) in the regions
 * already known; then the per-region kinds in the regions the first round found. So a full read
 * takes about two round trips, however many resources and regions. What could not be read is
 * reported, never guessed; a read refused for its credentials is an input error.
 */
public final class GcpLiveReader {
  /** What a failed Cloud Asset read names: its API and role. */
  private static final LiveList CLOUD_ASSET = new LiveList("assets", "cloudasset.googleapis.com", "Cloud Asset API",
      "roles/cloudasset.viewer", "assets.list", LiveList.Span.GLOBAL);

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
        Set<String> kinds = withReadWith(Kinds.ALL.stream().filter(Kind::inCloudAsset).map(Kind::name).toList());
        List<Coverage.Read> scoped = scope.startsWith("projects/")
            ? kinds.stream().map(k -> new Coverage.Read(k, scope.substring("projects/".length()), Coverage.ALL_REGIONS))
                .toList() : List.of();
        round.add(CLOUD_ASSET, kinds, scoped, "assets in " + scope, () -> AssetFetcher.assets(clients, scope,
            ContentType.RESOURCE, request.pageSize(), calls));
        round.add(CLOUD_ASSET, kinds, List.of(), "IAM policies in " + scope, () -> AssetFetcher.assets(clients, scope,
            ContentType.IAM_POLICY, request.pageSize(), calls));
        return round.finish(calls, true);
      }
      String project = request.project().orElseThrow();
      List<Future<List<ObjectNode>>> spanning = new ArrayList<>();
      for (Kind<?> kind : listed(LiveList.Span.GLOBAL)) {
        spanning.add(list(round, clients, kind, project, "global", request, calls));
      }
      for (Kind<?> kind : listed(LiveList.Span.ALL_REGIONS)) {
        spanning.add(list(round, clients, kind, project, "-", request, calls));
      }
      Set<String> regions = new LinkedHashSet<>(request.regions().isEmpty() ? knownRegions : request.regions());
      regions.forEach(r -> regional(round, clients, project, r, request, calls));
      if (request.regions().isEmpty()) {
        // Round two: the regions the project turned out to have resources in.
        Set<String> found = new LinkedHashSet<>();
        spanning.forEach(f -> round.value(f).ifPresent(a -> found.addAll(CaiAsset.regions(a))));
        found.removeAll(regions);
        found.forEach(r -> regional(round, clients, project, r, request, calls));
      }
      return round.finish(calls, false);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The kinds the live read lists (those the registry gives a list call and this adapter a client for). */
  private static List<Kind<?>> listed(LiveList.Span span) {
    return Kinds.ALL.stream().filter(k -> k.live().map(l -> l.span() == span).orElse(false))
        .filter(k -> LiveLists.of(k).isPresent()).toList();
  }

  private void regional(Round round, Clients clients, String project, String region, LiveRequest request, Calls calls) {
    for (Kind<?> kind : listed(LiveList.Span.PER_REGION)) {
      list(round, clients, kind, project, region, request, calls);
    }
  }

  private static Future<List<ObjectNode>> list(Round round, Clients clients, Kind<?> kind, String project, String region,
      LiveRequest request, Calls calls) {
    LiveList l = kind.live().orElseThrow();
    String where = region.equals("global") || region.equals("-") ? project : project + "/" + region;
    Set<String> kinds = withReadWith(List.of(kind.name()));
    List<String> regions = l.span() == LiveList.Span.PER_REGION ? List.of(region)
        : request.regions().isEmpty() ? List.of(Coverage.ALL_REGIONS) : with(request.regions(), "global");
    List<Coverage.Read> covers = kinds.stream().flatMap(k -> regions.stream().map(r -> new Coverage.Read(k, project, r)))
        .toList();
    return round.add(l, kinds, covers, l.listed() + " in " + where,
        () -> LiveLists.of(kind).orElseThrow().list(clients, project, region, request, calls));
  }

  private static List<String> with(List<String> list, String one) {
    List<String> out = new ArrayList<>(list);
    out.add(one);
    return out;
  }

  /** The kinds, and the kinds read with them (a NAT with its router): what a failed list leaves unknown. */
  private static Set<String> withReadWith(List<String> kinds) {
    Set<String> out = new LinkedHashSet<>(kinds);
    Kinds.ALL.stream().filter(k -> k.readWith().map(kinds::contains).orElse(false)).forEach(k -> out.add(k.name()));
    return out;
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

    /** A call in flight: its API, the kinds it reads, what it covers when it succeeds, what it reads (in words). */
    private record Pending(LiveList api, Set<String> kinds, List<Coverage.Read> covers, String what,
        Future<List<ObjectNode>> future) {}

    Future<List<ObjectNode>> add(LiveList api, Set<String> kinds, List<Coverage.Read> covers, String what,
        Callable<List<ObjectNode>> call) {
      Future<List<ObjectNode>> f = pool.submit(() -> {
        progress.reading(what);
        List<ObjectNode> result = call.call();
        progress.read(what, result.size());
        return result;
      });
      pending.add(new Pending(api, kinds, covers, what, f));
      return f;
    }

    /** The call's result once it ends, or empty if it failed (finish reports why). */
    Optional<List<ObjectNode>> value(Future<List<ObjectNode>> f) {
      try {
        return Optional.of(f.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      } catch (ExecutionException | TimeoutException e) {
        return Optional.empty();
      }
    }

    /** {@code complete}: a Cloud Asset read of a scope, which covers every kind of every project it holds. */
    LiveRead finish(Calls calls, boolean complete) {
      List<ObjectNode> assets = new ArrayList<>();
      List<Coverage.Read> covered = new ArrayList<>();
      List<LiveGap> gaps = new ArrayList<>();
      Set<String> notes = new LinkedHashSet<>();
      for (Pending p : pending) {
        try {
          assets.addAll(p.future().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
          covered.addAll(p.covers());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          gaps.add(new LiveGap(p.api().service(), "cannot list " + p.what() + ": interrupted", p.kinds()));
        } catch (TimeoutException e) {
          p.future().cancel(true);
          gaps.add(Failures.gap(p.api(), p.kinds(), p.what(), e, request.deadline()));
        } catch (ExecutionException e) {
          if (Failures.unauthenticated(e.getCause())) {
            throw new InputException("Google Cloud refused the credentials (UNAUTHENTICATED) when reading " + p.what()
                + "; perhaps you should run `gcloud auth application-default login`, or pass --snapshot live.json");
          }
          if (Failures.disabled(e.getCause())) {
            covered.addAll(p.covers()); // an API that is not enabled has none of its resources: an answer
            notes.add("the " + p.api().title() + " is not enabled in " + request.project().orElse("the project")
                + ", so it has no " + p.what().replaceFirst(" in .*$", ""));
          } else {
            gaps.add(Failures.gap(p.api(), p.kinds(), p.what(), e.getCause(), request.callTimeout()));
          }
        }
      }
      return new LiveRead(assets, Coverage.of(covered), complete, gaps, List.copyOf(notes), calls.count());
    }
  }
}
