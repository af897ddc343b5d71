package io.vpcgate.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a live read or a snapshot covered: for each kind, the projects and regions whose resources
 * of that kind it read ({@code *}: every region). Where a kind was not covered, the live graph says
 * nothing about it: an absent resource is not evidence that it does not exist. {@code region} is a
 * region, {@code global} for global resources, or {@code *}.
 */
public record Coverage(Set<Read> read) {
  public static final Coverage NONE = new Coverage(Set.of());
  public static final String ALL_REGIONS = "*";

  public Coverage {
    read = Set.copyOf(read);
  }

  /**
   * One kind read in one project and region. Equality written out, as the record's: the generated one links method
   * handles at first use, tens of milliseconds of the start-up of every check that reads live state.
   */
  public record Read(String kind, String project, String region) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Read r && java.util.Objects.equals(kind, r.kind) && java.util.Objects.equals(project, r.project)
          && java.util.Objects.equals(region, r.region);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, project, region);
    }
  }

  public static Coverage of(List<Read> read) {
    return new Coverage(new LinkedHashSet<>(read));
  }

  /** Whether resources of {@code kind} in {@code project} and {@code region} were read. */
  public boolean covers(String kind, String project, String region) {
    return read.contains(new Read(kind, project, ALL_REGIONS)) || read.contains(new Read(kind, project, region));
  }

  /** Whether {@code kind} was read for {@code project} in some region at least. */
  public boolean coversAnyRegion(String kind, String project) {
    return read.stream().anyMatch(r -> r.kind().equals(kind) && r.project().equals(project));
  }

  /** What this and {@code other} covered together. */
  public Coverage plus(Coverage other) {
    Set<Read> all = new LinkedHashSet<>(read);
    all.addAll(other.read);
    return new Coverage(all);
  }

  /** The projects something was read for. */
  public Set<String> projects() {
    Set<String> out = new java.util.TreeSet<>();
    read.forEach(r -> out.add(r.project()));
    return out;
  }
}
