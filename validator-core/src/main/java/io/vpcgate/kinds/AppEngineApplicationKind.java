package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.str;

import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.model.AppEngineApplication;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Field;
import io.vpcgate.model.ResourceId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * App Engine applications ({@code google_app_engine_application}, {@code
 * appengine.googleapis.com/Application}): read for their location, which places the project's
 * versions in a region. The live read takes the location with the versions (apps.get), so this kind
 * has no list of its own.
 */
public final class AppEngineApplicationKind implements Kind<AppEngineApplication> {

  @Override
  public String name() {
    return AppEngineApplication.KIND;
  }

  @Override
  public Class<AppEngineApplication> type() {
    return AppEngineApplication.class;
  }

  @Override
  public String title() {
    return "App Engine application";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of("google_app_engine_application");
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("appengine.googleapis.com/Application");
  }

  @Override
  public String nameAttribute(String terraformType) {
    return "project";
  }

  @Override
  public AppEngineApplication fromTerraform(TerraformFields t) {
    return new AppEngineApplication(t.origin(),
        new ResourceId(AppEngineApplication.KIND, t.project(), Attr.known("global"), t.project()),
        t.node().str("location_id"));
  }

  @Override
  public Optional<AppEngineApplication> fromAsset(AssetFields a) {
    Attr<String> project = Attr.ofNullable(a.asset().segment("apps"));
    return Optional.of(new AppEngineApplication(a.origin(),
        new ResourceId(AppEngineApplication.KIND, project, Attr.known("global"), project), str(a.data(), "locationId")));
  }

  @Override
  public Map<Field, String> paths(String terraformType) {
    return Map.of(AppEngineApplication.LOCATION_ID, "location_id");
  }
}
