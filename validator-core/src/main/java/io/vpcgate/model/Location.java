package io.vpcgate.model;

/**
 * Where a finding points: a line of a .tf file, or a live resource. (Equality is written out: a record's
 * own is linked through method handles the first time it runs, about 25 ms of an offline check's start.)
 */
public sealed interface Location {
  /** {@code file} is relative to the scanned directory, with forward slashes. */
  record SourceLocation(String file, int line) implements Location {
    @Override
    public boolean equals(Object o) {
      return o instanceof SourceLocation l && line == l.line && java.util.Objects.equals(file, l.file);
    }

    @Override
    public int hashCode() {
      return 31 * java.util.Objects.hashCode(file) + line;
    }

    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  record CloudLocation(String resourceName) implements Location {
    @Override
    public boolean equals(Object o) {
      return o instanceof CloudLocation l && java.util.Objects.equals(resourceName, l.resourceName);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(resourceName);
    }

    @Override
    public String toString() {
      return resourceName;
    }
  }
}
