package io.vpcgate.input.hcl;

import java.util.Arrays;

/**
 * Turns a character offset into a 1-based line and column. The line starts are found once per file (one pass
 * for '\n'), so the lexer can move over runs of characters without counting lines as it goes.
 *
 * <p>Columns count UTF-16 chars since the line's start, as the lexer always has: a tab, a '\r' and each half of a
 * surrogate pair are one column each. Lookups are a binary search, with the line of the previous lookup tried
 * first: the lexer asks in offset order, so nearly every lookup is answered by that line or the next.
 */
final class LineMap {
  private final int[] starts;
  private final int count;
  private int hint;

  private LineMap(int[] starts, int count) {
    this.starts = starts;
    this.count = count;
  }

  /** The line starts of {@code text[0, length)}. */
  static LineMap of(char[] text, int length) {
    int[] starts = new int[Math.max(16, length / 32)];
    int count = 1;
    for (int i = 0; i < length; i++) {
      if (text[i] == '\n') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineMap(starts, count);
  }

  /** The 1-based line of {@code offset} (the end of the text belongs to the last line). */
  int line(int offset) {
    return index(offset) + 1;
  }

  /** The 1-based column of {@code offset}: UTF-16 chars since its line's start, plus one. */
  int column(int offset) {
    return offset - starts[index(offset)] + 1;
  }

  private int index(int offset) {
    int h = hint;
    if (starts[h] <= offset) {
      if (h + 1 == count || offset < starts[h + 1]) {
        return h;
      }
      if (h + 2 == count || offset < starts[h + 2]) {
        hint = h + 1;
        return h + 1;
      }
    }
    int found = Arrays.binarySearch(starts, 0, count, offset);
    hint = found >= 0 ? found : -found - 2;
    return hint;
  }
}
