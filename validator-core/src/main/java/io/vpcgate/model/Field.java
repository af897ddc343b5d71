package io.vpcgate.model;

/**
 * A field of the model by its meaning ({@code egress setting}, {@code max instances}), not by how
 * one Terraform type spells it: the kinds registry maps it to each type's attribute path, so a
 * rule points at the right .tf line without naming a path. Constants live on the records and roles.
 */
public record Field(String name) {
  /** A resource's name: every kind has one. */
  public static final Field NAME = new Field("name");

  // Written out: a record's own equality is linked through method handles the first time it runs (start-up).
  @Override
  public boolean equals(Object o) {
    return o instanceof Field f && java.util.Objects.equals(name, f.name);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hashCode(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
