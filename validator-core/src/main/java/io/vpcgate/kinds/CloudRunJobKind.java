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
import io.vpcgate.model.CloudRunJob;
import io.vpcgate.model.Field;
import io.vpcgate.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud Run jobs ({@code google_cloud_run_v2_job}: {@code template.parallelism}, {@code
 * template.task_count}, and the task template {@code template.template} with {@code vpc_access},
 * containers, service account and volumes), Cloud Asset type {@code run.googleapis.com/Job}, read
 * live with Cloud Run Admin v2 ({@code jobs.list} per region, like services). Drift compares the
 * egress path, parallelism, task count and service account. Cloud Asset Inventory lists the type
 * (https://cloud.google.com/asset-inventory/docs/supported-asset-types); an asset in the v1 (Knative)
 * shape is kept with its settings unknown rather than guessed, but for its labels ({@code
 * metadata.labels}, as every Knative object writes them). The job's labels are its own ({@code
 * labels}), read for rules and not compared for drift.
 */
public final class CloudRunJobKind implements Kind<CloudRunJob> {
  private static final String TASK = "template[0].template[0]";

  @Override
  public String name() {
    return CloudRunJob.KIND;
  }

  @Override
  public Class<CloudRunJob> type() {
    return CloudRunJob.class;
  }

  @Override
  public String title() {
    return "Cloud Run job";
  }

  @Override
  public List<String> terraformTypes() {
    return List.of(CloudRunJob.TERRAFORM_TYPE);
  }

  @Override
  public Optional<String> assetType() {
    return Optional.of("run.googleapis.com/Job");
  }

  @Override
  public Optional<LiveList> live() {
    return Optional.of(new LiveList("Cloud Run jobs", "run.googleapis.com", "Cloud Run Admin API", "roles/run.viewer",
        "projects.locations.jobs.list", LiveList.Span.PER_REGION));
  }

  @Override
  public Map<String, String> derived(String type, String project, Optional<String> region, String name) {
    return region.map(r -> Map.of("id", "projects/" + project + "/locations/" + r + "/jobs/" + name)).orElse(Map.of());
  }

  @Override
  public CloudRunJob fromTerraform(TerraformFields t) {
    TfNode execution = t.node().first("template");
    TfNode task = execution.isUnknown() ? execution : execution.first("template");
    return new CloudRunJob(t.origin(), t.id(CloudRunJob.KIND), RunV2Template.egress(task),
        execution.integer("parallelism"), execution.integer("task_count"), RunV2Template.env(t, task, TASK),
        task.str("service_account"), RunV2Template.cloudSqlInstances(task), Labels.of(t.node(), "labels"));
  }

  @Override
  public Optional<CloudRunJob> fromAsset(AssetFields a) {
    if (RunV2Template.knativeShape(a.data())) {
      String why = "a Cloud Run job asset in the v1 (Knative) shape is not read";
      return Optional.of(new CloudRunJob(a.origin(), a.id(CloudRunJob.KIND, a.region()), RunV2Template.unread(why),
          Attr.unknown(why), Attr.unknown(why), List.of(), Attr.unknown(why), Attr.unknown(why),
          Labels.of(obj(a.data(), "metadata"), "labels")));
    }
    JsonNode execution = obj(a.data(), "template");
    JsonNode task = obj(execution, "template");
    return Optional.of(new CloudRunJob(a.origin(), a.id(CloudRunJob.KIND, a.region()), RunV2Template.egress(task),
        integer(execution, "parallelism"), integer(execution, "taskCount"), RunV2Template.env(task, "template.template"),
        str(task, "serviceAccount"), RunV2Template.cloudSqlInstances(task), Labels.of(a.data(), "labels")));
  }

  @Override
  public Map<Field, String> paths(String type) {
    return Paths.of().at(Workload.LOCATION, "location")
        .at(Workload.VPC_ACCESS, TASK + ".vpc_access[0]")
        .at(Workload.CONNECTOR, TASK + ".vpc_access[0].connector")
        .at(Workload.EGRESS, TASK + ".vpc_access[0].egress")
        .at(Workload.NETWORK_INTERFACES, TASK + ".vpc_access[0].network_interfaces")
        .at(Workload.FIRST_NETWORK_INTERFACE, TASK + ".vpc_access[0].network_interfaces[0]")
        .at(Workload.MAX_INSTANCES, "template[0].parallelism")
        .at(CloudRunJob.PARALLELISM, "template[0].parallelism")
        .at(CloudRunJob.TASK_COUNT, "template[0].task_count")
        .at(Workload.SERVICE_ACCOUNT, TASK + ".service_account")
        .at(Workload.CLOUD_SQL_INSTANCES, TASK + ".volumes[0].cloud_sql_instance[0].instances")
        .at(Workload.ENV, TASK + ".containers[0].env")
        .at(Workload.LABELS, "labels").map();
  }

  @Override
  public List<DriftField<CloudRunJob>> drift() {
    return List.of(
        WorkloadDrift.connector("vpc_access.connector"),
        DriftField.of("vpc_access.egress", Workload.EGRESS, true, j -> Values.known(j.egress().mode())),
        DriftField.of("vpc_access.network_interfaces", Workload.NETWORK_INTERFACES, true,
            j -> j.egress().interfaceCount().isAbsent() ? Optional.of(0) : Values.known(j.egress().interfaceCount())),
        DriftField.of("parallelism", CloudRunJob.PARALLELISM, false, j -> Values.known(j.parallelism())),
        DriftField.of("task_count", CloudRunJob.TASK_COUNT, false, j -> Values.known(j.taskCount())),
        DriftField.of("service_account", Workload.SERVICE_ACCOUNT, false, j -> Values.known(j.serviceAccount())));
  }
}
