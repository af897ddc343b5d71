package io.vpcgate.rules.sql;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Resource;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * SQL-04: the Private Service Access ranges of a network are shared by every producer on it
 * (Cloud SQL private IP, Memorystore PRIVATE_SERVICE_ACCESS). Less than a /24 in all for two or
 * more producers runs out: "Couldn't find free blocks in allocated IP ranges".
 */
@RuleInfo(
    id = "SQL-04",
    summary = "Private Service Access ranges are small for the services that share them",
    severity = Severity.WARNING,
    category = Category.CAPACITY,
    appliesTo = {GlobalAddress.class, DataStore.class, AlloyDbCluster.class})
public final class PsaRangeTooSmall implements Rule {
  private static final long SLASH_24 = 256;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    Map<String, List<GlobalAddress>> byNetwork = new LinkedHashMap<>();
    Map<String, NetworkRef> refs = new LinkedHashMap<>();
    for (GlobalAddress g : ctx.world().all(GlobalAddress.class)) {
      if (g.purpose().known().map("VPC_PEERING"::equals).orElse(false) && g.network().isKnown()) {
        NetworkRef n = g.network().known().get();
        byNetwork.computeIfAbsent(n.toString(), k -> new ArrayList<>()).add(g);
        refs.put(n.toString(), n);
      }
    }
    List<Finding> out = new ArrayList<>();
    byNetwork.forEach((key, ranges) -> {
      if (ranges.stream().anyMatch(g -> g.range().isEmpty())) {
        return; // a range of unknown size: no guessing
      }
      long total = ranges.stream().mapToLong(g -> g.range().get().size()).sum();
      List<Resource> producers = producers(ctx, refs.get(key));
      Optional<Resource> subject = ranges.stream().filter(g -> g.origin().side() == io.vpcgate.model.Side.DESIRED)
          .<Resource>map(g -> g).findFirst()
          .or(() -> producers.stream().filter(p -> p.origin().side() == io.vpcgate.model.Side.DESIRED).findFirst());
      if (total >= SLASH_24 || producers.size() < 2 || subject.isEmpty()) {
        return;
      }
      out.add(ctx.finding(subject.get(), subject.get() instanceof GlobalAddress ? GlobalAddress.PREFIX_LENGTH : io.vpcgate.model.Field.NAME)
          .message("Network %s allocates %d addresses to Private Service Access (%s) for %d producers (%s); each "
              + "takes blocks of its own, and a full allocation fails with \"Couldn't find free blocks in allocated IP "
              + "ranges\"", refs.get(key).name(), total,
              String.join(", ", ranges.stream().map(g -> g.id().nameOr("?") + " " + g.range().map(Cidr::toString).orElse("")).toList()),
              producers.size(), String.join(", ", producers.stream().map(Resource::address).toList()))
          .remediation("Allocate at least a /24 (the provider's example uses prefix_length = 16), or add another range "
              + "to the connection's reserved_peering_ranges")
          .build());
    });
    return out.stream();
  }

  /** The producers that draw from {@code net}'s Private Service Access ranges. */
  private static List<Resource> producers(RuleContext ctx, NetworkRef net) {
    return ctx.index().onNetwork(net).stream().filter(PrivateServiceAccess::producer).<Resource>map(n -> n).toList();
  }

}
