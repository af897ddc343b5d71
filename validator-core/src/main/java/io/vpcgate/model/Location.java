package io.vpcgate.model;

/** Where a finding points: a line of a .tf file, or a live resource. */
public sealed interface Location {
  /** {@code file} is relative to the scanned directory, with forward slashes. */
  record SourceLocation(String file, int line) implements Location {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  record CloudLocation(String resourceName) implements Location {
    @Override
    public String toString() {
      return resourceName;
    }
  }
}
