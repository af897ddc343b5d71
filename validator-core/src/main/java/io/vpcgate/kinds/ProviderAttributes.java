package io.vpcgate.kinds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The top-level attribute and block names the google and google-beta providers accept for each
 * Terraform type vpcgate models, from a table generated from the providers' source (its header
 * names the commit). A name missing from it is misspelled, or newer than the table.
 */
public final class ProviderAttributes {
  private static final String[] SOURCE = {""};
  private static final Map<String, Set<String>> TABLE = load();

  private ProviderAttributes() {}

  /** The names {@code terraformType} accepts, when the table has the type. */
  public static Optional<Set<String>> of(String terraformType) {
    return Optional.ofNullable(TABLE.get(terraformType));
  }

  /** The source the table was generated from ("GoogleCloudPlatform/magic-modules@<commit>"). */
  public static String source() {
    return SOURCE[0];
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = ProviderAttributes.class.getResourceAsStream("provider-attributes.txt")) {
      if (in == null) {
        throw new IllegalStateException("provider-attributes.txt is missing from the classpath");
      }
      Map<String, Set<String>> out = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("#")) {
          int at = line.indexOf("GoogleCloudPlatform/magic-modules@");
          if (at >= 0) {
            SOURCE[0] = line.substring(at).replaceAll("[ (].*$", "");
          }
          continue;
        }
        String[] parts = line.strip().split(" ");
        if (parts.length > 1) {
          out.put(parts[0], Set.copyOf(Arrays.asList(parts).subList(1, parts.length)));
        }
      }
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
