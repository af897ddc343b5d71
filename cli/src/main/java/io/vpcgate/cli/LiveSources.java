package io.vpcgate.cli;

import io.vpcgate.engine.LiveSource;
import io.vpcgate.input.InputException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds the Google Cloud reader only when a command asks for live state. The distribution ships it
 * as {@code vpcgate-gcp.jar} next to {@code vpcgate.jar}, so that a check without live state
 * never opens the Google Cloud client libraries; on a plain classpath (tests) it is found there.
 */
final class LiveSources {
  static final String GCP_JAR = "vpcgate-gcp.jar";

  private LiveSources() {}

  static LiveSource google() {
    ClassLoader here = LiveSources.class.getClassLoader();
    Optional<LiveSource> local = ServiceLoader.load(LiveSource.class, here).findFirst();
    if (local.isPresent()) {
      return local.get();
    }
    Path jar = besideThisJar();
    if (!Files.isRegularFile(jar)) {
      throw new InputException("the Google Cloud reader is missing: " + jar + " not found; perhaps you should run "
          + "`make build`, or pass --snapshot live.json");
    }
    try {
      URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, here);
      LiveSource gcp = ServiceLoader.load(LiveSource.class, loader).findFirst()
          .orElseThrow(() -> new InputException(jar + " holds no Google Cloud reader; perhaps you should run `make build`"));
      return (query, progress) -> {
        // Libraries that look up providers through the context class loader find them in the reader's jar.
        Thread t = Thread.currentThread();
        ClassLoader before = t.getContextClassLoader();
        t.setContextClassLoader(loader);
        try {
          return gcp.read(query, progress);
        } finally {
          t.setContextClassLoader(before);
        }
      };
    } catch (MalformedURLException e) {
      throw new InputException(jar + ": " + e.getMessage(), e);
    }
  }

  private static Path besideThisJar() {
    try {
      Path self = Path.of(LiveSources.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return (Files.isDirectory(self) ? self : self.getParent()).resolve(GCP_JAR);
    } catch (URISyntaxException e) {
      return Path.of(GCP_JAR);
    }
  }
}
