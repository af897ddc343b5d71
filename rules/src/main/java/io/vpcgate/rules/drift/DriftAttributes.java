package io.vpcgate.rules.drift;

import io.vpcgate.model.Attr;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.EnvVar;
import io.vpcgate.model.CloudRunService.Probe;
import io.vpcgate.model.ConnectorRef;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attributes drift compares, by resource kind, each normalised first so that equal things are
 * never reported: CIDRs in canonical form; networks by (project, name) whether written as a name,
 * a path or a self link; connectors by (project, region, name) whether a short name or a full name;
 * egress with its API default and v1/v2 spellings; unset Redis/SQL settings as their API defaults;
 * env names and Cloud SQL attachments as sets (order does not matter). Attributes Terraform leaves
 * to the API (unset scaling, service account, probes) are not compared.
 */
final class DriftAttributes {
  private DriftAttributes() {}

  static List<Compared> of(Resource r) {
    if (r instanceof VpcConnector) {
      return connector();
    }
    if (r instanceof CloudRunService) {
      return service();
    }
    if (r instanceof RedisInstance) {
      return redis();
    }
    if (r instanceof SqlInstance) {
      return sql();
    }
    if (r instanceof Subnetwork) {
      return List.of(Compared.of("ip_cidr_range", "ip_cidr_range", true,
          x -> ((Subnetwork) x).ipCidrRange().known().flatMap(Cidr::tryParse).map(Cidr::canonical).map(Object.class::cast)));
    }
    return List.of();
  }

  private static List<Compared> connector() {
    return List.of(
        Compared.of("ip_cidr_range", "ip_cidr_range", true,
            r -> ((VpcConnector) r).range().map(Cidr::canonical).map(Object.class::cast)),
        network("network", "network", r -> ((VpcConnector) r).network()),
        Compared.of("subnet.name", "subnet[0].name", true, r -> known(((VpcConnector) r).subnetName())),
        Compared.of("min_instances", "min_instances", true, r -> known(((VpcConnector) r).minInstances())),
        Compared.of("max_instances", "max_instances", true, r -> known(((VpcConnector) r).maxInstances())),
        Compared.of("machine_type", "machine_type", false, r -> known(((VpcConnector) r).machineType())));
  }

  private static List<Compared> service() {
    List<Compared> out = new ArrayList<>();
    out.add(new Compared("vpc_access.connector", "template[0].vpc_access[0].connector", true, DriftAttributes::connectorOf,
        DriftAttributes::sameConnector, v -> v instanceof ConnectorRef c ? c.describe() : "none"));
    out.add(Compared.of("vpc_access.egress", "template[0].vpc_access[0].egress", true,
        r -> known(((CloudRunService) r).egressMode())));
    out.add(Compared.of("vpc_access.network_interfaces", "template[0].vpc_access[0].network_interfaces", true, r -> {
      Attr<Integer> n = ((CloudRunService) r).networkInterfaces();
      return n.isAbsent() ? Optional.of(0) : known(n);
    }));
    out.add(Compared.of("scaling.max_instance_count", "template[0].scaling[0].max_instance_count", false,
        r -> known(((CloudRunService) r).maxInstances())));
    out.add(Compared.of("scaling.min_instance_count", "template[0].scaling[0].min_instance_count", false,
        r -> known(((CloudRunService) r).minInstances())));
    out.add(Compared.of("service_account", "template[0].service_account", false,
        r -> known(((CloudRunService) r).serviceAccount())));
    out.add(Compared.of("cloud_sql_instances", "template[0].volumes", false, r -> {
      Attr<List<String>> a = ((CloudRunService) r).cloudSqlInstances();
      return a.isAbsent() ? Optional.of(new TreeSet<>()) : a.known().map(TreeSet::new);
    }));
    out.add(Compared.of("env names", "template[0].containers[0].env", true, DriftAttributes::envNames));
    out.add(new Compared("env values", "template[0].containers[0].env", false, DriftAttributes::envValues,
        DriftAttributes::sameCommonValues, v -> "(values not shown)"));
    out.add(Compared.of("startup_probe", "template[0].containers[0].startup_probe[0]", false, DriftAttributes::startupProbe));
    return out;
  }

  private static List<Compared> redis() {
    return List.of(
        network("authorized_network", "authorized_network", r -> ((RedisInstance) r).authorizedNetwork()),
        Compared.of("connect_mode", "connect_mode", true, r -> known(((RedisInstance) r).connectMode())),
        // A CIDR under DIRECT_PEERING; under PRIVATE_SERVICE_ACCESS Terraform names the allocated range
        // while the API returns the block it took from it, so only two CIDRs are compared.
        Compared.of("reserved_ip_range", "reserved_ip_range", true, r -> {
          RedisInstance x = (RedisInstance) r;
          boolean psa = x.connectMode().known().map("PRIVATE_SERVICE_ACCESS"::equals).orElse(false);
          return psa ? Optional.empty() : x.reservedRange().<Object>map(Cidr::canonical);
        }),
        Compared.of("auth_enabled", "auth_enabled", false, r -> known(((RedisInstance) r).authEnabled())),
        Compared.of("transit_encryption_mode", "transit_encryption_mode", false, r -> {
          return known(((RedisInstance) r).transitMode());
        }));
  }

  private static List<Compared> sql() {
    return List.of(
        Compared.of("settings.tier", "settings[0].tier", false, r -> known(((SqlInstance) r).tier())),
        network("private_network", "settings[0].ip_configuration[0].private_network", r -> ((SqlInstance) r).privateNetwork()),
        Compared.of("ipv4_enabled", "settings[0].ip_configuration[0].ipv4_enabled", false,
            r -> known(((SqlInstance) r).ipv4Enabled())),
        Compared.of("database_flags", "settings[0].database_flags", false,
            r -> ((SqlInstance) r).databaseFlags().known().map(TreeMap::new)));
  }

  private static Compared network(String label, String path, java.util.function.Function<Resource, Attr<NetworkRef>> read) {
    return new Compared(label, path, true, r -> known(read.apply(r)),
        (a, b) -> ((NetworkRef) a).sameAs((NetworkRef) b), String::valueOf);
  }

  /** The connector a service names, or "none"; empty when unknown. */
  private static Optional<Object> connectorOf(Resource r) {
    CloudRunService s = (CloudRunService) r;
    if (s.connector().isAbsent()) {
      return Optional.of("none");
    }
    return ConnectorRef.of(s).map(Object.class::cast);
  }

  private static boolean sameConnector(Object a, Object b) {
    if (a instanceof ConnectorRef x && b instanceof ConnectorRef y) {
      return x.id().sameAs(y.id()) || y.id().sameAs(x.id());
    }
    return a.equals(b);
  }

  private static Optional<Object> envNames(Resource r) {
    CloudRunService s = (CloudRunService) r;
    if (s.containers().isEmpty()) {
      return Optional.empty();
    }
    TreeSet<String> names = new TreeSet<>();
    for (EnvVar e : s.containers().get(0).env()) {
      if (!e.name().isKnown()) {
        return Optional.empty();
      }
      names.add(e.name().known().get());
    }
    return Optional.of(names);
  }

  /** Non-secret literal values by name; values never leave this class except as "differs". */
  private static Optional<Object> envValues(Resource r) {
    CloudRunService s = (CloudRunService) r;
    if (s.containers().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values = new TreeMap<>();
    for (EnvVar e : s.containers().get(0).env()) {
      if (!e.fromSecret() && e.name().isKnown() && e.value().isKnown()) {
        values.put(e.name().known().get(), e.value().known().get());
      }
    }
    return Optional.of(values);
  }

  @SuppressWarnings("unchecked")
  private static boolean sameCommonValues(Object a, Object b) {
    Map<String, String> x = (Map<String, String>) a;
    Map<String, String> y = (Map<String, String>) b;
    return x.keySet().stream().filter(y::containsKey).allMatch(k -> x.get(k).equals(y.get(k)));
  }

  @SuppressWarnings("unchecked")
  static List<String> differingEnvValues(Object a, Object b) {
    Map<String, String> x = (Map<String, String>) a;
    Map<String, String> y = (Map<String, String>) b;
    return x.keySet().stream().filter(y::containsKey).filter(k -> !x.get(k).equals(y.get(k))).toList();
  }

  /** A startup probe Terraform declares, with the API defaults filled in; not compared when undeclared. */
  private static Optional<Object> startupProbe(Resource r) {
    CloudRunService s = (CloudRunService) r;
    if (s.containers().isEmpty() || !s.containers().get(0).startupProbe().declared()) {
      return Optional.empty();
    }
    Probe p = s.containers().get(0).startupProbe();
    List<Optional<Integer>> v = List.of(p.initialDelaySeconds().orDefault(0), p.timeoutSeconds().orDefault(1),
        p.periodSeconds().orDefault(10), p.failureThreshold().orDefault(3));
    if (v.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of("initial_delay " + v.get(0).get() + "s, timeout " + v.get(1).get() + "s, period "
        + v.get(2).get() + "s, failure_threshold " + v.get(3).get());
  }

  private static <T> Optional<Object> known(Attr<T> a) {
    return a.known().map(Object.class::cast);
  }
}
