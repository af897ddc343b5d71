package io.vpcgate.gcp;

import java.util.List;
import java.util.Set;

/**
 * The live-read benchmark (not a test): a project of 5 regions and about 200 resources behind the
 * fake servers with 100 ms added to every call; prints the calls made and the wall time of a full
 * read against the lower bound (two round trips: the region-less lists, then the regional ones for
 * the regions they found). Run with bench/live-read.sh.
 */
public final class LiveReadBench {
  private LiveReadBench() {}

  public static void main(String[] args) throws Exception {
    long latency = args.length > 0 ? Long.parseLong(args[0]) : 100;
    List<String> regions = List.of("us-central1", "us-east1", "europe-west1", "europe-west4", "asia-east1");
    for (int maxPage : new int[] {500, 10}) {
      try (FakeGcp gcp = new FakeGcp().project("acme", regions, 7)) {
        gcp.behaviour().latency(0).maxPage(maxPage);
        gcp.reader().read(LiveRequest.project("acme", List.of()), Set.of()); // warm-up: class loading, channels
        int before = gcp.behaviour().called().size();
        gcp.behaviour().latency(latency);
        long best = Long.MAX_VALUE;
        LiveRead read = null;
        for (int i = 0; i < 5; i++) {
          long start = System.nanoTime();
          read = gcp.reader().read(LiveRequest.project("acme", List.of()), Set.of());
          best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
        }
        int calls = (gcp.behaviour().called().size() - before) / 5;
        // one list per resource type and region: Run and VPC Access per region; Memorystore over "-", SQL, and
        // Compute's networks, addresses, firewalls, aggregated subnetworks and routers once each
        int minimum = 2 * regions.size() + 7;
        System.out.printf("live read, %d ms per call, pages of up to %d: %d resources, %d calls (%.2fx the %d of one "
            + "per resource type and region), best of 5 %d ms%s, gaps %d%n", latency, maxPage, read.assets().size(), calls,
            calls / (double) minimum, minimum, best, latency == 0 ? ""
                : String.format(" (lower bound 2 round trips = %d ms: %.2fx; one after another %d ms)", 2 * latency,
                    best / (2.0 * latency), minimum * latency),
            read.gaps().size());
      }
    }
  }
}
