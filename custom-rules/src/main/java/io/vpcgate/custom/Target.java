package io.vpcgate.custom;

import io.vpcgate.kind.Kind;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.VpcConnector;
import io.vpcgate.model.Workload;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a custom rule judges, its {@code on}: a role of the wiring graph (every workload, data store,
 * egress path, binding of a workload to a data store, or connector) or one kind ({@code
 * cloud_run_job}, {@code redis_instance}); {@code variable} is the name its expressions use for it.
 */
record Target(Role role, Optional<Kind<?>> kind) {

  /** The roles a rule may be on, and the variable each binds. */
  enum Role {
    WORKLOAD("workload"), DATA_STORE("data_store"), EGRESS_PATH("egress_path"), BINDING("binding"),
    CONNECTOR("connector"), RESOURCE("resource");

    final String variable;

    Role(String variable) {
      this.variable = variable;
    }
  }

  /** The variables an expression of this target may use, the subject's first. */
  List<String> variables() {
    return role == Role.EGRESS_PATH ? List.of("egress_path", "workload") : List.of(role.variable);
  }

  /** The model classes it reads (the engine skips it when their live read failed). */
  List<Class<?>> appliesTo() {
    if (kind.isPresent()) {
      return List.of(kind.get().type());
    }
    return switch (role) {
      case WORKLOAD, EGRESS_PATH -> List.of(Workload.class);
      case DATA_STORE -> List.of(DataStore.class);
      case BINDING -> List.of(Workload.class, DataStore.class);
      case CONNECTOR -> List.of(VpcConnector.class);
      case RESOURCE -> List.of();
    };
  }

  /** What a person writes: the role or the kind. */
  String spelled() {
    return kind.map(Kind::name).orElse(role.variable);
  }

  /**
   * {@code on} as written (case-insensitive): a role, else a kind of the registry, which binds the
   * variable of its role (a workload kind {@code workload}, a data store kind {@code data_store}).
   */
  static Optional<Target> parse(String on) {
    String v = on.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Role r : Role.values()) {
      if (r != Role.RESOURCE && r.variable.equals(v)) {
        return Optional.of(new Target(r, Optional.empty()));
      }
    }
    return Kinds.named(v).map(k -> new Target(roleOf(k), Optional.of(k)));
  }

  private static Role roleOf(Kind<?> k) {
    if (Workload.class.isAssignableFrom(k.type())) {
      return Role.WORKLOAD;
    }
    if (DataStore.class.isAssignableFrom(k.type())) {
      return Role.DATA_STORE;
    }
    return VpcConnector.class.equals(k.type()) ? Role.CONNECTOR : Role.RESOURCE;
  }

  /** What {@code on} may say, for the error when it says something else. */
  static String choices() {
    return "workload, data_store, egress_path, binding, connector, or a kind ("
        + String.join(", ", Kinds.ALL.stream().map(Kind::name).sorted().toList()) + ")";
  }
}
