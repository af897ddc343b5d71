package io.vpcgate.model;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Compute region of an App Engine location. "Two locations, which are called europe-west and
 * us-central in App Engine commands and in the Google Cloud console, are called europe-west1 and
 * us-central1, respectively, elsewhere in Google documentation"
 * (https://cloud.google.com/appengine/docs/standard/locations); every other App Engine location is
 * already a region name. Anything else is not guessed: its region is unknown.
 */
public final class AppEngineLocations {
  private static final Map<String, String> RENAMED = Map.of("us-central", "us-central1", "europe-west", "europe-west1");
  private static final Pattern REGION = Pattern.compile("[a-z]+-[a-z]+\\d+");

  private AppEngineLocations() {}

  public static Attr<String> region(String locationId) {
    if (locationId == null || locationId.isEmpty()) {
      return Attr.unknown("the App Engine application's location is not known");
    }
    String renamed = RENAMED.get(locationId);
    if (renamed != null) {
      return Attr.known(renamed);
    }
    return REGION.matcher(locationId).matches() ? Attr.known(locationId)
        : Attr.unknown("App Engine location " + locationId + " names no known region");
  }
}
