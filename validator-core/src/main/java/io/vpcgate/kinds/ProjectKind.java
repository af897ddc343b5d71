package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.Project;
import io.vpcgate.model.ResourceId;
import java.util.List;
import java.util.Optional;

/**
 * Projects as Resource Manager lists them (id and number), from Cloud Asset Inventory: service
 * agents and some API names use the number. Terraform's projects are not read.
 */
public final class ProjectKind implements Kind<Project> {

  @Override
  public String name() {
    return Project.KIND;
  }

  @Override
  public Class<Project> type() {
    return Project.class;
  }

  @Override
  public String title() {
    return "project";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of();
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("cloudresourcemanager.googleapis.com/Project");
  }

  @Override
  public Project fromTerraform(TerraformFields t) {
    throw new UnsupportedOperationException("projects are not read from Terraform");
  }

  @Override
  public Optional<Project> fromAsset(AssetFields a) {
    String id = str(a.data(), "projectId").known().orElse(a.asset().shortName());
    return Optional.of(new Project(a.origin(), ResourceId.of(Project.KIND, id, "global", id), str(a.data(), "projectNumber")));
  }
}
