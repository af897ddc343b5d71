package io.driftgate.cli;

import io.driftgate.gcp.FakeGcp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;

/**
 * Start-up benchmark (not a test), one run per JVM: {@code snapshot} checks the incident sample on
 * its snapshot, {@code live} reads the same state from the fake servers (zero latency) through the
 * real clients; prints the wall time from JVM start to the exit code, so the cost of loading and
 * starting the Google Cloud clients shows. Run with bench/startup.sh.
 */
public final class StartupBench {
  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    String sample = "samples/staging-incident";
    StringWriter sink = new StringWriter();
    int code;
    if (args[0].equals("live")) {
      try (FakeGcp gcp = new FakeGcp().load(LiveCheckTest.incidentLiveWithV2Service(java.nio.file.Path.of(sample)))) {
        code = Main.run(new String[] {"check", sample + "/terraform", "--project", "acme-staging"},
            new PrintWriter(sink), new PrintWriter(sink), new io.driftgate.gcp.GcpLiveSource(gcp.options()));
      }
    } else {
      code = Main.run(new String[] {"check", sample + "/terraform", "--snapshot", sample + "/live.json"},
          new PrintWriter(sink), new PrintWriter(sink));
    }
    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    System.out.println(args[0] + " exit " + code + " in " + ms + " ms");
  }
}
