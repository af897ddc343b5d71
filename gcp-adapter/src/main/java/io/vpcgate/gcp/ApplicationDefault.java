package io.vpcgate.gcp;

import com.google.api.gax.core.FixedCredentialsProvider;
import com.google.auth.oauth2.GoogleCredentials;
import io.vpcgate.input.InputException;
import java.io.IOException;
import java.util.List;

/**
 * Application Default Credentials; their absence is an input error. The cloud-platform scope,
 * because not every API read here accepts the read-only one (Cloud Asset takes cloud-platform
 * only); what keeps vpcgate read-only is that it makes read calls only (lists and gets), and the viewer roles
 * the README names.
 */
public final class ApplicationDefault {
  private static final List<String> SCOPES = List.of("https://www.googleapis.com/auth/cloud-platform");

  private ApplicationDefault() {}

  public static ClientOptions options() {
    credentialsFileProblem(System.getenv("GOOGLE_APPLICATION_CREDENTIALS")).ifPresent(why -> {
      throw new InputException(why);
    });
    try {
      return ClientOptions.google(FixedCredentialsProvider.create(GoogleCredentials.getApplicationDefault().createScoped(SCOPES)));
    } catch (IOException e) {
      throw new InputException("no Google Cloud credentials (Application Default Credentials): perhaps you should run "
          + "`gcloud auth application-default login`, set GOOGLE_APPLICATION_CREDENTIALS to a key file, or pass "
          + "--snapshot live.json", e);
    }
  }

  /**
   * What is wrong with the key file GOOGLE_APPLICATION_CREDENTIALS names, if anything: it does not
   * exist, is not readable, or is not a credentials JSON (its contents are never shown: they are secret).
   */
  static java.util.Optional<String> credentialsFileProblem(String path) {
    if (path == null || path.isBlank()) {
      return java.util.Optional.empty();
    }
    java.nio.file.Path file = java.nio.file.Path.of(path);
    String lead = "GOOGLE_APPLICATION_CREDENTIALS=" + path + ": ";
    if (!java.nio.file.Files.exists(file)) {
      return java.util.Optional.of(lead + "no such file; point it at a service account key or workload identity "
          + "configuration file, or unset it to use gcloud auth application-default login");
    }
    if (java.nio.file.Files.isDirectory(file) || !java.nio.file.Files.isReadable(file)) {
      return java.util.Optional.of(lead + (java.nio.file.Files.isDirectory(file) ? "is a directory" : "permission denied"));
    }
    try {
      com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
      if (json == null || !json.path("type").isTextual()) {
        return java.util.Optional.of(lead + "not a Google credentials file (a JSON object with a \"type\", such as "
            + "service_account or external_account)");
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.of(lead + "not valid JSON, so not a Google credentials file");
    }
  }
}
