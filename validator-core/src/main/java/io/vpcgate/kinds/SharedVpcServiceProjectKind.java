package io.vpcgate.kinds;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.ForceNew;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.SharedVpcServiceProject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shared VPC service project attachments ({@code google_compute_shared_vpc_service_project}: {@code
 * host_project}, {@code service_project}, both ForceNew). Live, Compute's {@code
 * projects.getXpnHost} names a project's host; Cloud Asset Inventory exports no such asset, so
 * only the live read and the snapshots vpcgate writes hold it.
 */
public final class SharedVpcServiceProjectKind implements Kind<SharedVpcServiceProject> {

  @Override
  public String name() {
    return SharedVpcServiceProject.KIND;
  }

  @Override
  public Class<SharedVpcServiceProject> type() {
    return SharedVpcServiceProject.class;
  }

  @Override
  public String title() {
    return "Shared VPC service project attachment";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_compute_shared_vpc_service_project");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of(OWN_ASSET_TYPE_PREFIX + "SharedVpcServiceProject");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("the Shared VPC host", "compute.googleapis.com", "Compute Engine API",
        "roles/compute.networkViewer", "projects.getXpnHost", LiveList.Span.GLOBAL));
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "service_project";
  }

  @Override
  public SharedVpcServiceProject fromTerraform(TerraformFields t) {
    Attr<String> service = t.node().str("service_project");
    return new SharedVpcServiceProject(t.origin(),
        new ResourceId(SharedVpcServiceProject.KIND, service, Attr.known("global"), service),
        t.node().str("host_project"));
  }

  @Override
  public Optional<SharedVpcServiceProject> fromAsset(AssetFields a) {
    return Optional.of(new SharedVpcServiceProject(a.origin(), a.id(SharedVpcServiceProject.KIND, "global"),
        Attr.ofNullable(a.data().path("hostProject").textValue())));
  }

  @Override
  public List<DriftField<SharedVpcServiceProject>> drift() {
    return List.of(DriftField.of("host_project", SharedVpcServiceProject.HOST_PROJECT, true,
        s -> Values.known(s.hostProject())));
  }

  @Override
  public List<ForceNew<SharedVpcServiceProject>> forceNew() {
    return List.of(new ForceNew<>("host_project", (d, b) -> Values.differs("host_project", d.hostProject(), b.hostProject())));
  }

  @Override
  public Map<Field, String> paths(String terraformType) {
    return Map.of(SharedVpcServiceProject.HOST_PROJECT, "host_project", Field.NAME, "service_project");
  }
}
