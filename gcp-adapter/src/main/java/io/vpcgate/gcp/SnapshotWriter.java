package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/**
 * Renders what a live read got as a snapshot: a JSON array of Cloud Asset Inventory assets, the
 * format {@code gcloud asset list --format=json} prints and {@code --snapshot} reads. It holds what
 * the APIs return (environment values included, as a Cloud Asset export does), never an AUTH string
 * or a secret's payload, which vpcgate does not read.
 */
public final class SnapshotWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SnapshotWriter() {}

  public static String render(LiveRead read) {
    try {
      return JSON.writeValueAsString(read.asSnapshot()) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
