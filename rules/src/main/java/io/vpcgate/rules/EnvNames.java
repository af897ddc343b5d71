package io.vpcgate.rules;

/** Comparing environment variable names: near misses such as {@code JWT_SECRET} / {@code JWT_SECRET_KEY}. */
public final class EnvNames {
  private EnvNames() {}

  /** One name extends the other by a _SEGMENT, or they are two edits apart (and long enough to mean it). */
  public static boolean nearMiss(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    if (a.startsWith(b + "_") || b.startsWith(a + "_") || a.endsWith("_" + b) || b.endsWith("_" + a)) {
      return true;
    }
    return Math.min(a.length(), b.length()) >= 6 && distance(a, b) <= 2;
  }

  /**
   * The edit distance between two names, two swapped neighbours counting as one edit (the optimal string
   * alignment distance: {@code SECERT} is one edit from {@code SECRET}, as a person types it).
   */
  public static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1);
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
