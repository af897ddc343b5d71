package io.driftgate.gcp;

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

  public Optional<TransportChannelProvider> channel(Api api) {
    return Optional.ofNullable(grpc.get(api));
  }

  /** The credentials themselves, for the REST client that takes them directly; empty for fakes. */
  public Optional<Credentials> rawCredentials() {
    try {
      return Optional.ofNullable(credentials.getCredentials());
    } catch (IOException e) {
      throw new LiveStateException(Api.SQLADMIN, "credentials", "cannot load credentials: " + e.getMessage(), e);
    }
  }
}
