package io.vpcgate.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the incident sample's live state with its Cloud Run service in the v2 shape (for bench/startup.sh). */
public final class IncidentV2Snapshot {
  private IncidentV2Snapshot() {}

  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of(args[0]), LiveCheckTest.incidentLiveWithV2Service(Path.of("samples", "staging-incident")));
  }
}
