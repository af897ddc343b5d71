package io.vpcgate.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.model.Network;
import io.vpcgate.model.ResourceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What rules share in a run is computed once per run and key, and never carried into the next run. */
class RuleContextSharedTest {
  private static final AtomicInteger COMPUTED = new AtomicInteger();
  private static final List<Object> SEEN = new ArrayList<>();

  @RuleInfo(id = "TEST-01", summary = "Shares", severity = Severity.WARNING, category = Category.WIRING,
      appliesTo = {Network.class})
  static final class First implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      SEEN.add(ctx.shared("key", Object.class, () -> "run " + COMPUTED.incrementAndGet()));
      return Stream.empty();
    }
  }

  @RuleInfo(id = "TEST-02", summary = "Shares too", severity = Severity.WARNING, category = Category.WIRING,
      appliesTo = {Network.class})
  static final class Second implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      SEEN.add(ctx.shared("key", Object.class, () -> "run " + COMPUTED.incrementAndGet()));
      SEEN.add(ctx.shared("other key", Object.class, () -> "other " + COMPUTED.incrementAndGet()));
      return Stream.empty();
    }
  }

  @Test
  void computedOncePerRunAndKey() {
    Engine engine = new Engine(List.of(new First(), new Second()));
    engine.run(new ResourceGraph(List.of()), Optional.empty(), List.of());
    engine.run(new ResourceGraph(List.of()), Optional.empty(), List.of());
    assertEquals(List.of("run 1", "run 1", "other 2", "run 3", "run 3", "other 4"), SEEN);
  }
}
