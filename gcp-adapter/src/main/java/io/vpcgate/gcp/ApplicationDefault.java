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
    try {
      return ClientOptions.google(FixedCredentialsProvider.create(GoogleCredentials.getApplicationDefault().createScoped(SCOPES)));
    } catch (IOException e) {
      throw new InputException("no Google Cloud credentials (Application Default Credentials): perhaps you should run "
          + "`gcloud auth application-default login`, set GOOGLE_APPLICATION_CREDENTIALS to a key file, or pass "
          + "--snapshot live.json", e);
    }
  }
}
