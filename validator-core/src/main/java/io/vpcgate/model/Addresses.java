package io.vpcgate.model;

/** Terraform addresses and attribute paths without their instance keys and list indexes. */
public final class Addresses {
  private Addresses() {}

  /**
   * {@code s} without every bracketed part, from a {@code [} to the next {@code ]}: {@code
   * module.a["x"].google_b.c[0]} is {@code module.a.google_b.c}, {@code template[0].containers[1].env} is
   * {@code template.containers.env}. A {@code [} with no {@code ]} after it stays.
   */
  public static String withoutIndexes(String s) {
    int open = s.indexOf('[');
    if (open < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int from = 0;
    while (open >= 0) {
      int close = s.indexOf(']', open + 1);
      if (close < 0) {
        break;
      }
      b.append(s, from, open);
      from = close + 1;
      open = s.indexOf('[', from);
    }
    return b.append(s, from, s.length()).toString();
  }
}
