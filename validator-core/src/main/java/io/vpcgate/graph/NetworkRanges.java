package io.vpcgate.graph;

import io.vpcgate.model.Cidr;
import io.vpcgate.model.Resource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every known IPv4 range taken in one VPC network: subnet primary and secondary ranges, connector
 * ranges, Memorystore DIRECT_PEERING reserved ranges and Private Service Access allocations, as an
 * interval index (sorted by first address, with the running maximum of last addresses), so an
 * overlap query costs a binary search plus the overlaps it returns. Ranges whose value or network
 * is unknown are left out: no guessing. Built once per network and run ({@link WorldIndex}).
 */
public final class NetworkRanges {
  /** A taken range, what takes it, and what kind of thing that is. */
  public record Taken(Cidr range, Resource owner, Kind kind, String label) {}

  public enum Kind { SUBNET, CONNECTOR, REDIS, PSA }

  private final List<Taken> taken;
  /** {@code maxLast[i]}: the highest last address among {@code taken[0..i]}. */
  private final long[] maxLast;

  NetworkRanges(List<Taken> ranges) {
    List<Taken> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparingLong((Taken t) -> t.range().first()).thenComparingLong(t -> t.range().last()));
    this.taken = List.copyOf(sorted);
    this.maxLast = new long[taken.size()];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < taken.size(); i++) {
      max = Math.max(max, taken.get(i).range().last());
      maxLast[i] = max;
    }
  }

  public List<Taken> all() {
    return taken;
  }

  /** The taken ranges overlapping {@code range}, other than those {@code self} owns (by identity, or as the same object). */
  public List<Taken> overlapping(Cidr range, Resource self) {
    List<Taken> out = new ArrayList<>();
    for (int i = lastStartingAtOrBefore(range.last()); i >= 0 && maxLast[i] >= range.first(); i--) {
      Taken t = taken.get(i);
      if (t.range().overlaps(range) && t.owner() != self && !t.owner().id().sameAs(self.id())) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingLong((Taken t) -> t.range().first()));
    return out;
  }

  /** Whether some taken range overlaps {@code range}; the first one (by address) when so. */
  private Optional<Taken> anyOverlapping(Cidr range) {
    Taken first = null;
    for (int i = lastStartingAtOrBefore(range.last()); i >= 0 && maxLast[i] >= range.first(); i--) {
      if (taken.get(i).range().overlaps(range)) {
        first = taken.get(i);
      }
    }
    return Optional.ofNullable(first);
  }

  /** The index of the last range whose first address is at most {@code address}, or -1. */
  private int lastStartingAtOrBefore(long address) {
    int lo = 0;
    int hi = taken.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (taken.get(mid).range().first() <= address) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * A free block of {@code prefix} to suggest instead of one that clashes: the first after {@code
   * after}, else the first from the start, inside 10.0.0.0/9 (RFC 1918's 10.0.0.0/8 without
   * 10.128.0.0/9, which an auto-mode network reserves for its subnets), so a suggestion is valid in
   * either network mode.
   */
  public Optional<Cidr> freeBlockAfter(Cidr after, int prefix) {
    Cidr usable = new Cidr(IpRanges.RFC1918.get(0).first(), 9);
    Cidr next = after.nextBlock(prefix);
    Cidr start = new Cidr(usable.first(), prefix);
    return (usable.contains(next) ? scan(next, usable, prefix) : Optional.<Cidr>empty())
        .or(() -> scan(start, usable, prefix));
  }

  private Optional<Cidr> scan(Cidr from, Cidr within, int prefix) {
    Cidr candidate = from;
    for (int i = 0; i < 65_536 && within.contains(candidate); i++) {
      Optional<Taken> clash = anyOverlapping(candidate);
      if (clash.isEmpty()) {
        return Optional.of(candidate);
      }
      Cidr block = clash.get().range();
      candidate = (block.prefix() < prefix ? block : candidate).nextBlock(prefix);
    }
    return Optional.empty();
  }
}
