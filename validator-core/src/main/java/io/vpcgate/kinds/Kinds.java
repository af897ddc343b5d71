package io.vpcgate.kinds;

import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of resource kinds: one descriptor each, in one explicit list. Every reader, the live
 * read, drift, the rule catalogue and the rule pages ask it; nothing else names a Terraform type, an
 * asset type or a field path.
 */
public final class Kinds {
  /** Every kind vpcgate reads, in the order reports list them. */
  public static final List<Kind<?>> ALL = List.of(
      new CloudRunServiceKind(),
      new VpcConnectorKind(),
      new RedisInstanceKind(),
      new SqlInstanceKind(),
      new NetworkKind(),
      new SubnetworkKind(),
      new GlobalAddressKind(),
      new FirewallKind(),
      new RouterKind(),
      new RouterNatKind(),
      new ServiceNetworkingConnectionKind(),
      new SharedVpcServiceProjectKind(),
      new IamPolicyKind(),
      new SecretKind(),
      new SecretVersionKind(),
      new ProjectKind(),
      new CloudFunctionKind(),
      new RedisClusterKind(),
      new ValkeyInstanceKind(),
      new ServiceConnectionPolicyKind(),
      new CloudRunJobKind(),
      new CloudRunWorkerPoolKind(),
      new AppEngineVersionKind(),
      new AppEngineApplicationKind(),
      new AlloyDbClusterKind(),
      new AlloyDbInstanceKind(),
      new MemcacheInstanceKind(),
      new DnsManagedZoneKind(),
      new DnsRecordSetKind(),
      new ForwardingRuleKind());

  private static final Map<String, Kind<?>> BY_TERRAFORM_TYPE = index(ALL, Kind::terraformTypes);
  private static final Map<String, Kind<?>> BY_ASSET_TYPE = index(ALL, k -> k.assetType().stream().toList());
  private static final Map<String, Kind<?>> BY_DATA_SOURCE = index(ALL, Kind::dataSourceTypes);
  private static final Map<String, Kind<?>> BY_NAME = index(ALL, k -> List.of(k.name()));
  private static final Map<Class<?>, Kind<?>> BY_CLASS = new LinkedHashMap<>();

  static {
    ALL.forEach(k -> BY_CLASS.put(k.type(), k));
  }

  private static final Map<Kind<?>, Map<String, Map<Field, String>>> PATHS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Kinds() {}

  private static Map<String, Kind<?>> index(List<Kind<?>> kinds, java.util.function.Function<Kind<?>, List<String>> keys) {
    Map<String, Kind<?>> out = new LinkedHashMap<>();
    for (Kind<?> k : kinds) {
      for (String key : keys.apply(k)) {
        if (out.put(key, k) != null) {
          throw new IllegalStateException("two kinds claim " + key);
        }
      }
    }
    return Map.copyOf(out);
  }

  public static Optional<Kind<?>> forTerraformType(String type) {
    return Optional.ofNullable(BY_TERRAFORM_TYPE.get(type));
  }

  /** The kind a Terraform data source type reads ({@code google_redis_instance}). */
  public static Optional<Kind<?>> forDataSourceType(String type) {
    return Optional.ofNullable(BY_DATA_SOURCE.get(type));
  }

  public static Optional<Kind<?>> forAssetType(String assetType) {
    return Optional.ofNullable(BY_ASSET_TYPE.get(assetType));
  }

  public static Optional<Kind<?>> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The kind of a resource of the model. */
  public static Kind<?> of(Resource r) {
    Kind<?> k = BY_CLASS.get(r.getClass());
    if (k == null) {
      throw new IllegalArgumentException("no kind is registered for " + r.getClass().getName());
    }
    return k;
  }

  /** The Cloud Asset Inventory asset types a Cloud Asset read asks for. */
  public static List<String> assetTypes() {
    return ALL.stream().filter(Kind::inCloudAsset).flatMap(k -> k.assetType().stream()).toList();
  }

  /** The kinds whose records are one of {@code roles} (a record class or a role interface). */
  public static List<Kind<?>> ofRoles(Collection<Class<?>> roles) {
    return ALL.stream().filter(k -> roles.stream().anyMatch(r -> r.isAssignableFrom(k.type()))).toList();
  }

  /** The Terraform types of the kinds whose records are one of {@code roles}. */
  public static List<String> terraformTypes(Collection<Class<?>> roles) {
    return ofRoles(roles).stream().flatMap(k -> k.terraformTypes().stream()).toList();
  }

  /** Where {@code field} of {@code r} is written in its Terraform type; empty when the type does not write it. */
  public static Optional<String> path(Resource r, Field field) {
    return Optional.ofNullable(paths(r).get(field));
  }

  /**
   * {@code r}'s kind's paths for its Terraform type, made once per kind and type: rules ask for them for every
   * field they test of every resource, and a kind writes its table anew each time it is asked.
   */
  private static Map<Field, String> paths(Resource r) {
    Kind<?> kind = of(r);
    String type = r.terraformType();
    Map<String, Map<Field, String>> byType =
        PATHS.computeIfAbsent(kind, k -> new java.util.concurrent.ConcurrentHashMap<>());
    Map<Field, String> paths = byType.get(type); // no lambda capturing the kind for every field a rule tests
    if (paths == null) {
      paths = kind.paths(type);
      byType.put(type, paths);
    }
    return paths;
  }

  /** What drift compares for {@code r}'s kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<DriftField<Resource>> drift(Resource r) {
    return (List) of(r).drift();
  }

  /** The ForceNew fields of {@code r}'s kind. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static List<ForceNew<Resource>> forceNew(Resource r) {
    return (List) of(r).forceNew();
  }
}
