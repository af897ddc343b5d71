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

  /** The positions in {@code items} of one kind and name: all, by project, and those of no known project. */
  private static final class Named {
    final List<Integer> all = new ArrayList<>();
    final Map<String, List<Integer>> byProject = new HashMap<>();
    final List<Integer> anyProject = new ArrayList<>();
  }

  private final List<T> items;
  /** kind → name → positions. */
  private final Map<String, Map<String, Named>> byKind = new HashMap<>();

  /** {@code key}: empty for an item that no lookup can find (a name that is not known). */
  public NameIndex(List<T> items, Function<T, Optional<Key>> key) {
    this.items = List.copyOf(items);
    for (int i = 0; i < this.items.size(); i++) {
      Optional<Key> k = key.apply(this.items.get(i));
      if (k.isEmpty()) {
        continue;
      }
      Named named = byKind.computeIfAbsent(k.get().kind(), x -> new HashMap<>())
          .computeIfAbsent(k.get().name(), x -> new Named());
      named.all.add(i);
      if (k.get().project().isPresent()) {
        named.byProject.computeIfAbsent(k.get().project().get(), x -> new ArrayList<>()).add(i);
      } else {
        named.anyProject.add(i);
      }
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
    Named named = byKind.getOrDefault(kind, Map.of()).get(name);
    if (named == null) {
      return List.of();
    }
    if (project.isEmpty()) {
      return named.all;
    }
    return merged(named.byProject.getOrDefault(project.get(), List.of()), named.anyProject);
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
