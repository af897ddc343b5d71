package io.vpcgate.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A VPC network, however it was written: {@code staging-vpc}, {@code
 * projects/p/global/networks/staging-vpc} or a compute self link all become (project, name).
 * {@code project} is empty when a short name was used and the project is not known.
 */
public record NetworkRef(String project, String name) {
  private static final Pattern PATH =
      Pattern.compile("(?:.*/)?projects/([^/]+)/global/networks/([^/]+)$");

  /** Normalises a reference; {@code defaultProject} applies to short names. */
  public static Optional<NetworkRef> parse(String text, Optional<String> defaultProject) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.indexOf('/') < 0) { // a short name: the path pattern, which needs a '/', is not tried (it is, per resource)
      return Optional.of(new NetworkRef(defaultProject.orElse(""), t));
    }
    Matcher m = PATH.matcher(t);
    if (m.matches()) {
      return Optional.of(new NetworkRef(m.group(1), m.group(2)));
    }
    return Optional.empty();
  }

  /** Same network: equal names, and equal projects where both are known. */
  public boolean sameAs(NetworkRef other) {
    return name.equals(other.name)
        && (project.isEmpty() || other.project.isEmpty() || project.equals(other.project));
  }

  // Equality written out, as the record's: its generated one links method handles at first use, tens of
  // milliseconds of a check's start-up.
  @Override
  public boolean equals(Object o) {
    return o instanceof NetworkRef n && java.util.Objects.equals(project, n.project)
        && java.util.Objects.equals(name, n.name);
  }

  @Override
  public int hashCode() {
    return 31 * java.util.Objects.hashCode(project) + java.util.Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return project.isEmpty() ? name : project + "/" + name;
  }
}
