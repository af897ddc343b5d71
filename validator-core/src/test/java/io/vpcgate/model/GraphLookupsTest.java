package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each lookup of a graph answers what a scan of the graph in its order answers. */
class GraphLookupsTest {
  private static final List<Attr<String>> PROJECTS = List.of(Attr.known("a"), Attr.known("b"), Attr.unknown("later"),
      Attr.absent());
  private static final List<Attr<String>> REGIONS = List.of(Attr.known("r1"), Attr.known("r2"), Attr.unknown("later"));
  private static final List<Attr<String>> NAMES = List.of(Attr.known("x"), Attr.known("y"), Attr.unknown("later"));
  private static final List<Attr<NetworkRef>> NETWORKS = List.of(Attr.known(new NetworkRef("a", "vpc")),
      Attr.known(new NetworkRef("b", "vpc")), Attr.known(new NetworkRef("", "vpc")), Attr.known(new NetworkRef("a", "other")),
      Attr.unknown("later"), Attr.absent());

  static <T> T pick(Random random, List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  /** Redis instances (a Networked kind) and firewall rules of random identities and networks, several alike. */
  static List<Resource> randomGraph(Random random, int size) {
    List<Resource> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ResourceId id = new ResourceId(random.nextBoolean() ? RedisInstance.KIND : Firewall.KIND, pick(random, PROJECTS),
          pick(random, REGIONS), pick(random, NAMES));
      Origin origin = Origin.live("r" + random.nextInt(size / 2 + 1));
      if (id.kind().equals(RedisInstance.KIND)) {
        out.add(new RedisInstance(origin, id, pick(random, NETWORKS), Attr.absent(), Attr.absent(), Attr.absent(),
            Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent()));
      } else {
        out.add(new Firewall(origin, id, pick(random, NETWORKS), Attr.absent(), Attr.absent(), Attr.absent(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
      }
    }
    return out;
  }

  @Test
  void everyLookupIsTheScanInTheGraphsOrder() {
    Random random = new Random(17);
    for (int round = 0; round < 40; round++) {
      List<Resource> resources = randomGraph(random, 1 + random.nextInt(60));
      ResourceGraph g = new ResourceGraph(resources);
      for (Resource r : resources) {
        ResourceId id = r.id();
        assertEquals(resources.stream().filter(x -> x.id().sameAs(id)).findFirst(), g.find(id));
        assertEquals(resources.stream().filter(RedisInstance.class::isInstance).filter(x -> x.id().sameAs(id)).findFirst(),
            g.first(RedisInstance.class, id).map(Resource.class::cast));
        assertEquals(resources.stream().filter(x -> x.getClass() == r.getClass() && x.id().sameAs(id)).findFirst(),
            g.twin(r));
        assertEquals(resources.stream().filter(x -> x.address().equals(r.address())).toList(), g.at(r.address()));
      }
      for (Attr<String> name : NAMES) {
        for (Optional<String> project : List.of(Optional.of("a"), Optional.of("b"), Optional.<String>empty())) {
          name.known().ifPresent(n -> assertEquals(resources.stream().filter(Firewall.class::isInstance)
              .filter(x -> x.id().name().known().map(n::equals).orElse(false))
              .filter(x -> project.isEmpty() || x.id().project().known().map(project.get()::equals).orElse(true)).toList(),
              g.named(Firewall.class, n, project)));
        }
      }
      for (Attr<NetworkRef> net : NETWORKS) {
        net.known().ifPresent(n -> assertEquals(resources.stream().filter(Networked.class::isInstance)
            .map(Networked.class::cast).filter(x -> x.network().known().map(y -> y.sameAs(n)).orElse(false)).toList(),
            g.onNetwork(n)));
      }
      assertEquals(resources.stream().filter(Firewall.class::isInstance).map(Firewall.class::cast)
          .filter(x -> !x.network().isKnown()).toList(), g.networkNotKnown(Firewall.class));
    }
  }
}
