package io.vpcgate.gcp;

import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.auth.Credentials;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * How the clients are made: the credentials, and for tests the transport of each gRPC API (an
 * in-process channel to a fake server) and the root URL of the REST APIs (a loopback server).
 * Production uses Application Default Credentials and Google's endpoints.
 */
public record ClientOptions(CredentialsProvider credentials, Map<Api, TransportChannelProvider> grpc,
    Optional<String> restRoot) {
  public ClientOptions {
    grpc = Map.copyOf(grpc);
  }

  public static ClientOptions google(CredentialsProvider credentials) {
    return new ClientOptions(credentials, Map.of(), Optional.empty());
  }

  /** Fake servers: no credentials, these channels, and REST calls to {@code restRoot} (http://127.0.0.1:PORT). */
  public static ClientOptions fakes(Map<Api, TransportChannelProvider> grpc, String restRoot) {
    return new ClientOptions(NoCredentialsProvider.create(), grpc, Optional.of(restRoot));
  }

  /**
   * Test servers named in the environment (VPCGATE_TEST_GOOGLE_GRPC=127.0.0.1:PORT for the gRPC
   * APIs, VPCGATE_TEST_GOOGLE_REST=http://127.0.0.1:PORT for the REST ones), so that the packaged
   * jars can be tested end to end against fake servers. Loopback addresses only, plaintext, no
   * credentials: nothing real can be reached this way.
   */
  public static Optional<ClientOptions> testServers(Map<String, String> env) {
    String grpc = env.getOrDefault("VPCGATE_TEST_GOOGLE_GRPC", "");
    String rest = env.getOrDefault("VPCGATE_TEST_GOOGLE_REST", "");
    if (grpc.isEmpty() && rest.isEmpty()) {
      return Optional.empty();
    }
    if (!grpc.matches("(127\\.0\\.0\\.1|localhost):\\d+") || !rest.matches("http://(127\\.0\\.0\\.1|localhost):\\d+")) {
      throw new io.vpcgate.input.InputException("VPCGATE_TEST_GOOGLE_GRPC and VPCGATE_TEST_GOOGLE_REST name test "
          + "servers on this machine only (127.0.0.1:PORT, http://127.0.0.1:PORT)");
    }
    io.grpc.ManagedChannel channel = io.grpc.ManagedChannelBuilder.forTarget(grpc).usePlaintext().build();
    TransportChannelProvider p = com.google.api.gax.rpc.FixedTransportChannelProvider.create(
        com.google.api.gax.grpc.GrpcTransportChannel.create(channel));
    return Optional.of(fakes(Map.of(Api.RUN, p, Api.VPCACCESS, p, Api.REDIS, p, Api.ASSET, p, Api.ALLOYDB, p,
        Api.MEMCACHE, p), rest));
  }

  public Optional<TransportChannelProvider> channel(Api api) {
    return Optional.ofNullable(grpc.get(api));
  }

  /** The credentials themselves, for the REST client that takes them directly; empty for fakes. */
  public Optional<Credentials> rawCredentials() {
    try {
      return Optional.ofNullable(credentials.getCredentials());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot load credentials: " + e.getMessage(), e);
    }
  }
}
