package io.vpcgate.gcp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The fake Google Cloud as a process of its own (for benchmarks of the packaged CLI): serves a
 * snapshot's resources on loopback ports and prints the environment that points vpcgate at them,
 * one {@code NAME=VALUE} line each, then waits until killed. {@code FakeGcpServer SNAPSHOT.json}.
 */
public final class FakeGcpServer {
  private FakeGcpServer() {}

  public static void main(String[] args) throws Exception {
    FakeGcp gcp = new FakeGcp().load(Files.readString(Path.of(args[0])));
    for (Map.Entry<String, String> e : gcp.environment().entrySet()) {
      System.out.println(e.getKey() + "=" + e.getValue());
    }
    System.out.flush();
    Thread.currentThread().join();
  }
}
