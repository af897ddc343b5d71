package io.vpcgate.kinds;

import io.vpcgate.kind.DriftField;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.Resource;
import io.vpcgate.model.Workload;
import java.util.Optional;

/** Drift fields every workload kind compares the same way: its connector by identity, whatever way it is written. */
final class WorkloadDrift {
  private WorkloadDrift() {}

  /** {@code label}: the attribute as the kind's Terraform type names it ({@code vpc_access_connector.name}). */
  static <W extends Workload & Resource> DriftField<W> connector(String label) {
    return new DriftField<>(label, Workload.CONNECTOR, true, WorkloadDrift::connectorOf, WorkloadDrift::sameConnector,
        v -> v instanceof ConnectorRef c ? c.describe() : "none", (a, b) -> null);
  }

  /** The connector a workload names, or "none"; empty when unknown or not a connector name. */
  private static Optional<Object> connectorOf(Workload w) {
    if (w.egress().connector().isAbsent()) {
      return Optional.of("none");
    }
    return ConnectorRef.of(w).map(Object.class::cast);
  }

  private static boolean sameConnector(Object a, Object b) {
    if (a instanceof ConnectorRef x && b instanceof ConnectorRef y) {
      return x.id().sameAs(y.id()) || y.id().sameAs(x.id());
    }
    return a.equals(b);
  }
}
