package io.vpcgate.kind;

import io.vpcgate.model.Field;
import io.vpcgate.model.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A resource kind as data: how Terraform, Cloud Asset Inventory and the live read name it, how
 * each maps into its model record, which fields drift compares and which force a replacement, and
 * where each field of the model is written in each Terraform type. The Terraform reader, the
 * snapshot reader, the live reader, the drift rules, the rule catalogue and the rule pages all read
 * these descriptors; adding a kind is its record, its descriptor and a line in the registry.
 */
public interface Kind<R extends Resource> {
  /** The identity's kind ({@code vpc_connector}): what joins Terraform and live resources. */
  String name();

  /** The model record. */
  Class<R> type();

  /** What a person calls it: "Serverless VPC Access connector". */
  String title();

  /** The Terraform resource types that declare it. */
  List<String> terraformTypes();

  /**
   * Its asset type in a snapshot: Cloud Asset Inventory's, when Cloud Asset Inventory exports it;
   * for a kind only the live read lists, one of vpcgate's own ({@value #OWN_ASSET_TYPE_PREFIX}...),
   * which only a snapshot vpcgate wrote holds.
   */
  default Optional<String> assetType() {
    return Optional.empty();
  }

  /** The prefix of the asset types vpcgate gives what Cloud Asset Inventory does not export. */
  String OWN_ASSET_TYPE_PREFIX = "vpcgate/";

  /**
   * Whether Cloud Asset Inventory exports it: only then can a plain export or an asset-scope read
   * cover it.
   */
  default boolean inCloudAsset() {
    return assetType().filter(t -> !t.startsWith(OWN_ASSET_TYPE_PREFIX)).isPresent();
  }

  /** How the live read lists it, when it lists it at all. */
  default Optional<LiveList> live() {
    return Optional.empty();
  }

  /** A kind that has no list of its own but is read with another (a Cloud NAT with its router): that kind's name. */
  default Optional<String> readWith() {
    return Optional.empty();
  }

  /** The Terraform attribute that holds its name ({@code name}; a secret's {@code secret_id}). */
  default String nameAttribute(String terraformType) {
    return "name";
  }

  /**
   * Attributes the provider derives from configuration alone, so that references to them resolve
   * before apply: a network's {@code id} is {@code projects/P/global/networks/N}. {@code region}
   * is empty for a regional kind whose region is not known.
   */
  default Map<String, String> derived(String terraformType, String project, Optional<String> region, String name) {
    return Map.of();
  }

  /** The Terraform data source types that read one ({@code data "google_redis_instance"}), by the same arguments. */
  default List<String> dataSourceTypes() {
    return List.of();
  }

  /** The model record of an evaluated Terraform resource (HCL, plan or state) of one of its types. */
  R fromTerraform(TerraformFields terraform);

  /** The model record of a Cloud Asset Inventory asset of its type (the live read yields the same shape). */
  default Optional<R> fromAsset(AssetFields asset) {
    return Optional.empty();
  }

  /** What drift compares, each field normalised so that equal values written differently never differ. */
  default List<DriftField<R>> drift() {
    return List.of();
  }

  /** The fields whose change makes Terraform destroy and re-create it (the provider's ForceNew). */
  default List<ForceNew<R>> forceNew() {
    return List.of();
  }

  /** Where each field of the model is written in {@code terraformType}: its attribute path. */
  default Map<Field, String> paths(String terraformType) {
    return Map.of();
  }
}
