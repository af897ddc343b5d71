package io.vpcgate.gcp;

import io.vpcgate.engine.LiveSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The --asset-table benchmark (not a test): the real BigQuery client against {@link FakeBigQuery}
 * serving a generated organisation (bench/org-export.py) as one table, with latency added to every
 * call; the wall time of a whole-table read and of a one-project read, best of 3, with the calls, rows
 * and the bytes the fake reports scanned. Run with bench/bigquery.sh.
 */
public final class AssetTableBench {
  private AssetTableBench() {}

  public static void main(String[] args) throws Exception {
    List<FakeBigQuery.Row> rows = FakeBigQuery.ndjsonRows(Path.of(args[0]));
    long latency = args.length > 1 ? Long.parseLong(args[1]) : 100;
    try (FakeBigQuery bq = new FakeBigQuery().table("cai.org", rows).maxPage(10_000)) {
      GcpLiveSource source = new GcpLiveSource(bq.options());
      measure(bq, source, rows.size(), Set.of(), 0); // warm-up: class loading, connections
      bq.latency(latency);
      measure(bq, source, rows.size(), Set.of(), latency);
      measure(bq, source, rows.size(), Set.of("p0007"), latency);
    }
  }

  private static void measure(FakeBigQuery bq, GcpLiveSource source, int tableRows, Set<String> projects, long latency) {
    LiveSource.Query q = new LiveSource.Query(Optional.empty(), List.of(), Optional.empty(), Set.of(),
        Optional.of("acme-inventory.cai.org"), projects);
    long best = Long.MAX_VALUE;
    LiveSource.Result r = null;
    int calls = 0;
    for (int i = 0; i < 3; i++) {
      int before = bq.requests().size();
      long start = System.nanoTime();
      r = source.read(q, line -> { });
      best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
      calls = bq.requests().size() - before;
    }
    if (latency == 0) {
      return;
    }
    System.out.printf("bigquery, %d ms per call, %s: %d of %d rows, %d resources, %d calls, best of 3 %d ms "
        + "(%.1fx the %d ms of its calls one after another); %s; gaps %d%n", latency,
        projects.isEmpty() ? "whole table" : "projects " + projects, r.assets(), tableRows, r.graph().resources().size(),
        calls, best, best / (double) (calls * latency), calls * latency, r.messages().isEmpty() ? "-" : r.messages().get(0),
        r.gaps().size());
  }
}
