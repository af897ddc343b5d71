package io.vpcgate.kinds;

import static io.vpcgate.kind.Json.integer;
import static io.vpcgate.kind.Json.obj;
import static io.vpcgate.kind.Json.str;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.AssetFields;
import io.vpcgate.kind.DriftField;
import io.vpcgate.kind.Kind;
import io.vpcgate.kind.LiveList;
import io.vpcgate.kind.TerraformFields;
import io.vpcgate.kind.TfNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunWorkerPool;
import io.vpcgate.model.CloudRunWorkerPool.Scaling;
import io.vpcgate.model.Field;
import io.vpcgate.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud Run worker pools ({@code google_cloud_run_v2_worker_pool}: the revision template {@code
 * template} with {@code vpc_access}, containers, service account and volumes; {@code scaling
 * {scaling_mode, manual_instance_count, min_instance_count, max_instance_count}} on the pool), Cloud
 * Asset type {@code run.googleapis.com/WorkerPool}, read live with Cloud Run Admin v2 ({@code
 * workerPools.list} per region). Drift compares the egress path, the manual instance count and the
 * service account. Cloud Asset Inventory lists the type
 * (https://cloud.google.com/asset-inventory/docs/supported-asset-types). The GA gRPC WorkerPoolScaling
 * holds only manualInstanceCount, so the live read never knows an AUTOMATIC mode; a v1-shaped asset is
 * kept with its settings unknown but for its labels ({@code metadata.labels}). The pool's labels are
 * its own ({@code labels}), read for rules and not compared for drift.
 */
public final class CloudRunWorkerPoolKind implements Kind<CloudRunWorkerPool> {

  @Override
  public String name() {
    return CloudRunWorkerPool.KIND;
  }

  @Override
  public Class<CloudRunWorkerPool> type() {
    return CloudRunWorkerPool.class;
  }

  @Override
  public String title() {
    return "Cloud Run worker pool";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of(CloudRunWorkerPool.TERRAFORM_TYPE);
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("run.googleapis.com/WorkerPool");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud Run worker pools", "run.googleapis.com", "Cloud Run Admin API",
        "roles/run.viewer", "projects.locations.workerPools.list", LiveList.Span.PER_REGION));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/workerPools/" + name))
        .orElse(Map.of());
  }

  @Override
  public CloudRunWorkerPool fromTerraform(TerraformFields t) {
    TfNode template = t.node().first("template");
    TfNode scaling = t.node().first("scaling");
    Scaling s = scaling.isUnknown() ? new Scaling(Attr.unknown(scaling.unknownReason()),
        Attr.unknown(scaling.unknownReason()), Attr.unknown(scaling.unknownReason()), Attr.unknown(scaling.unknownReason()))
        : new Scaling(scaling.str("scaling_mode"), scaling.integer("manual_instance_count"),
            scaling.integer("min_instance_count"), scaling.integer("max_instance_count"));
    return new CloudRunWorkerPool(t.origin(), t.id(CloudRunWorkerPool.KIND), RunV2Template.egress(template), s,
        RunV2Template.env(t, template, "template[0]"), template.str("service_account"),
        RunV2Template.cloudSqlInstances(template), Labels.of(t.node(), "labels"));
  }

  @Override
  public Optional<CloudRunWorkerPool> fromAsset(AssetFields a) {
    if (RunV2Template.knativeShape(a.data())) {
      String why = "a Cloud Run worker pool asset in the v1 (Knative) shape is not read";
      return Optional.of(new CloudRunWorkerPool(a.origin(), a.id(CloudRunWorkerPool.KIND, a.region()),
          RunV2Template.unread(why), new Scaling(Attr.unknown(why), Attr.unknown(why), Attr.unknown(why),
              Attr.unknown(why)), List.of(), Attr.unknown(why), Attr.unknown(why),
          Labels.of(obj(a.data(), "metadata"), "labels")));
    }
    JsonNode template = obj(a.data(), "template");
    JsonNode scaling = obj(a.data(), "scaling");
    Scaling s = new Scaling(str(scaling, "scalingMode"), integer(scaling, "manualInstanceCount"),
        integer(scaling, "minInstanceCount"), integer(scaling, "maxInstanceCount"));
    return Optional.of(new CloudRunWorkerPool(a.origin(), a.id(CloudRunWorkerPool.KIND, a.region()),
        RunV2Template.egress(template), s, RunV2Template.env(template, "template"), str(template, "serviceAccount"),
        RunV2Template.cloudSqlInstances(template), Labels.of(a.data(), "labels")));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.of().at(Workload.LOCATION, "location")
        .at(Workload.VPC_ACCESS, "template[0].vpc_access[0]")
        .at(Workload.CONNECTOR, "template[0].vpc_access[0].connector")
        .at(Workload.EGRESS, "template[0].vpc_access[0].egress")
        .at(Workload.NETWORK_INTERFACES, "template[0].vpc_access[0].network_interfaces")
        .at(Workload.FIRST_NETWORK_INTERFACE, "template[0].vpc_access[0].network_interfaces[0]")
        .at(CloudRunWorkerPool.SCALING_MODE, "scaling[0].scaling_mode")
        .at(CloudRunWorkerPool.MANUAL_INSTANCE_COUNT, "scaling[0].manual_instance_count")
        .at(Workload.MIN_INSTANCES, "scaling[0].min_instance_count")
        .at(Workload.MAX_INSTANCES, "scaling[0].max_instance_count")
        .at(Workload.SERVICE_ACCOUNT, "template[0].service_account")
        .at(Workload.CLOUD_SQL_INSTANCES, "template[0].volumes[0].cloud_sql_instance[0].instances")
        .at(Workload.ENV, "template[0].containers[0].env")
        .at(Workload.LABELS, "labels").map();
  }

  @Override
  public List<DriftField<CloudRunWorkerPool>> drift() {
    return List.of(
        WorkloadDrift.connector("template.vpc_access.connector"),
        DriftField.of("template.vpc_access.egress", Workload.EGRESS, true, p -> Values.known(p.egress().mode())),
        DriftField.of("template.vpc_access.network_interfaces", Workload.NETWORK_INTERFACES, true,
            p -> p.egress().interfaceCount().isAbsent() ? Optional.of(0) : Values.known(p.egress().interfaceCount())),
        DriftField.of("scaling.manual_instance_count", CloudRunWorkerPool.MANUAL_INSTANCE_COUNT, false,
            p -> Values.known(p.scaling().manualInstanceCount())),
        DriftField.of("template.service_account", Workload.SERVICE_ACCOUNT, false,
            p -> Values.known(p.serviceAccount())));
  }
}
