package io.vpcgate.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Items by kind, known name and project, for the lookups that match a name exactly and a project
 * wherever both sides know it ({@link ResourceId#sameAs}, {@link NetworkRef#sameAs}) without
 * scanning every item: an organisation has thousands of connectors and networks, many with the
 * same name in different projects. {@link #candidates} returns, in the order the items were given,
 * every item of that kind and name whose project is the one asked for or not known (every item of
 * that kind and name when the project asked for is not known); the caller applies its exact test
 * (a region, a class) to these, and so finds what a scan in that order would find first.
 */
public final class NameIndex<T> {
  /** What an item is indexed under; {@code project} empty when the item does not know it. */
  public record Key(String kind, String name, Optional<String> project) {}

  private static final String ANY_PROJECT = "\u0000";
  private final List<T> items;
  /** kind|name → positions in {@code items}. */
  private final Map<String, List<Integer>> byName = new HashMap<>();
  /** kind|name|project → positions in {@code items}; project ANY_PROJECT when the item does not know it. */
  private final Map<String, List<Integer>> byProject = new HashMap<>();

  /** {@code key}: empty for an item that no lookup can find (a name that is not known). */
  public NameIndex(List<T> items, Function<T, Optional<Key>> key) {
    this.items = List.copyOf(items);
    for (int i = 0; i < this.items.size(); i++) {
      Optional<Key> k = key.apply(this.items.get(i));
      if (k.isEmpty()) {
        continue;
      }
      String name = k.get().kind() + "|" + k.get().name();
      byName.computeIfAbsent(name, x -> new ArrayList<>()).add(i);
      byProject.computeIfAbsent(name + "|" + k.get().project().orElse(ANY_PROJECT), x -> new ArrayList<>()).add(i);
    }
  }

  /** Resources by identity: kind, known name, project when known. */
  public static <R extends Resource> NameIndex<R> ofResources(List<R> resources) {
    return new NameIndex<>(resources, r -> key(r.id()));
  }

  /** The key a lookup of {@code id} uses; empty when its name is not known (then nothing is {@code sameAs} it). */
  public static Optional<Key> key(ResourceId id) {
    return id.name().known().map(n -> new Key(id.kind(), n, id.project().known()));
  }

  /** Positions in the order given (for an index that marks some as taken); see {@link #candidates}. */
  public List<Integer> positions(String kind, String name, Optional<String> project) {
    String key = kind + "|" + name;
    if (project.isEmpty()) {
      return byName.getOrDefault(key, List.of());
    }
    return merged(byProject.getOrDefault(key + "|" + project.get(), List.of()),
        byProject.getOrDefault(key + "|" + ANY_PROJECT, List.of()));
  }

  /** The items of this kind and name whose project is {@code project} or unknown (all of them when it is empty). */
  public List<T> candidates(String kind, String name, Optional<String> project) {
    List<Integer> at = positions(kind, name, project);
    List<T> out = new ArrayList<>(at.size());
    for (int i : at) {
      out.add(items.get(i));
    }
    return out;
  }

  /** The candidates for {@code id}: nothing when its name is not known. */
  public List<T> candidates(ResourceId id) {
    return key(id).map(k -> candidates(k.kind(), k.name(), k.project())).orElse(List.of());
  }

  public T get(int position) {
    return items.get(position);
  }

  public int size() {
    return items.size();
  }

  /** Two ascending lists of positions as one ascending list. */
  private static List<Integer> merged(List<Integer> a, List<Integer> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<Integer> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (j == b.size() || (i < a.size() && a.get(i) < b.get(j))) {
        out.add(a.get(i++));
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }
}
