package io.driftgate.gcp;

import io.driftgate.engine.LiveSource;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link LiveSource} the CLI finds with {@link java.util.ServiceLoader}: the Google Cloud
 * clients, with Application Default Credentials unless given other client options (tests).
 */
public final class GcpLiveSource implements LiveSource {
  private final Supplier<ClientOptions> options;

  /**
   * Google Cloud with Application Default Credentials, loaded when the first read starts (or the
   * loopback test servers the environment names: {@link ClientOptions#testServers}).
   */
  public GcpLiveSource() {
    this.options = () -> ClientOptions.testServers(System.getenv()).orElseGet(ApplicationDefault::options);
  }

  public GcpLiveSource(ClientOptions options) {
    this.options = () -> options;
  }

  @Override
  public Result read(Query q, Consumer<String> progress) {
    LiveRequest request = q.assetScope().map(LiveRequest::scope)
        .orElseGet(() -> LiveRequest.project(q.project().orElseThrow(), q.regions()));
    LiveRead read = new GcpLiveReader(options.get(), new Progress() {
      @Override
      public void reading(String what) {
        progress.accept("reading " + what);
      }

      @Override
      public void read(String what, int resources) {
        progress.accept("read " + resources + " " + what);
      }
    }).read(request, q.knownRegions());
    return new Result(read.graph(), read.gaps(), read.notes(), SnapshotWriter.render(read), read.assets().size(),
        read.calls());
  }
}
