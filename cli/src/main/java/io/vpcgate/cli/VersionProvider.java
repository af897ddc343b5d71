package io.vpcgate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven filtered into version.properties. */
public final class VersionProvider implements IVersionProvider {
  static String version() {
    return properties().getProperty("version", "unknown");
  }

  /** The commit the build was made from, "unknown" when the build was not told. */
  static String commit() {
    String c = properties().getProperty("commit", "unknown");
    return c.startsWith("${") ? "unknown" : c;
  }

  /** The repository a release was built from ({@code https://github.com/OWNER/NAME}), if the build was told. */
  static java.util.Optional<String> repository() {
    String r = properties().getProperty("repository", "").strip();
    return r.isEmpty() || r.startsWith("${") ? java.util.Optional.empty() : java.util.Optional.of(r);
  }

  /** The version, when this is a release build (not a -SNAPSHOT). */
  static java.util.Optional<String> release() {
    String v = version();
    return v.endsWith("-SNAPSHOT") || v.equals("unknown") ? java.util.Optional.empty() : java.util.Optional.of(v);
  }

  private static Properties properties() {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return new Properties(); // unreadable: every value "unknown"
    }
    return p;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"vpcgate " + version() + " (commit " + commit() + ")"};
  }
}
