package io.vpcgate.gcp;

import io.vpcgate.engine.LiveSource;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link LiveSource} the CLI finds with {@link java.util.ServiceLoader}: the Google Cloud
 * clients, with Application Default Credentials unless given other client options (tests).
 */
public final class GcpLiveSource implements LiveSource {
  private final Supplier<ClientOptions> options;
  private final java.time.Duration callTimeout;
  private final java.time.Duration deadline;

  /**
   * Google Cloud with Application Default Credentials, loaded when the first read starts (or the
   * loopback test servers the environment names: {@link ClientOptions#testServers}).
   */
  public GcpLiveSource() {
    this(() -> ClientOptions.testServers(System.getenv()).orElseGet(ApplicationDefault::options),
        LiveRequest.CALL_TIMEOUT, LiveRequest.DEADLINE);
  }

  public GcpLiveSource(ClientOptions options) {
    this(() -> options, LiveRequest.CALL_TIMEOUT, LiveRequest.DEADLINE);
  }

  private GcpLiveSource(Supplier<ClientOptions> options, java.time.Duration callTimeout, java.time.Duration deadline) {
    this.options = options;
    this.callTimeout = callTimeout;
    this.deadline = deadline;
  }

  /** The same source with other limits for one call and for the whole read (tests of slow servers). */
  public GcpLiveSource withTimeouts(java.time.Duration call, java.time.Duration total) {
    return new GcpLiveSource(options, call, total);
  }

  @Override
  public Result read(Query q, Consumer<String> progress) {
    Progress lines = new Progress() {
      @Override
      public void reading(String what) {
        progress.accept("reading " + what);
      }

      @Override
      public void read(String what, int resources) {
        progress.accept("read " + resources + " " + what);
      }
    };
    if (q.assetTable().isPresent()) {
      java.util.List<String> messages = new java.util.ArrayList<>();
      LiveRead read;
      try (Clients clients = new Clients(options.get(), callTimeout)) {
        read = new AssetTableReader(clients, lines, messages::add).read(AssetTable.parse(q.assetTable().get()),
            q.knownProjects(), callTimeout, deadline);
      }
      return result(read, messages);
    }
    LiveRequest request = q.assetScope().map(LiveRequest::scope)
        .orElseGet(() -> LiveRequest.project(q.project().orElseThrow(), q.regions())).withTimeouts(callTimeout, deadline);
    return result(new GcpLiveReader(options.get(), lines).read(request, q.knownRegions()), java.util.List.of());
  }

  private static Result result(LiveRead read, java.util.List<String> messages) {
    io.vpcgate.input.snapshot.Snapshot seen = read.snapshot();
    return new Result(seen.graph(), seen.coverage(), read.gaps(), read.notes(), SnapshotWriter.render(read),
        read.assets().size(), read.calls(), messages);
  }
}
