package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.RuleContext;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.ResourceGraph;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labels and ingress of google_cloud_run_v2_service and google_cloud_run_service from HCL, a plan
 * and a state, and of run.googleapis.com/Service in both asset shapes.
 */
class CloudRunServiceKindTest {
  @TempDir Path dir;

  private CloudRunService hcl(String tf) {
    return KindFixtures.hcl(dir, tf).all(CloudRunService.class).get(0);
  }

  private static CloudRunService asset(String data) {
    ResourceGraph g = KindFixtures.exportLine("//run.googleapis.com/projects/acme/locations/us-central1/services/api",
        "run.googleapis.com/Service", "us-central1", data);
    return g.all(CloudRunService.class).get(0);
  }

  @Test
  void hclV2_labelsAndIngressAtTheTopLevel() {
    CloudRunService s = hcl("""
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          project  = "acme"
          location = "us-central1"
          ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
          labels = {
            env  = "prod"
            team = "payments"
          }
          template {
            labels = {
              revision = "not-the-service's"
            }
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER), s.ingress());
    assertEquals(Attr.known(Map.of("env", "prod", "team", "payments")), s.labels(), "the service's, not the template's");
    assertEquals("main.tf:5", RuleContext.at(s, CloudRunService.INGRESS).toString());
    assertEquals("main.tf:6", RuleContext.at(s, CloudRunService.LABELS).toString());
  }

  @Test
  void hclV2_unsetIsKnownEmptyLabelsAndAbsentIngress() {
    CloudRunService s = hcl("""
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """);
    assertEquals(Attr.known(Map.of()), s.labels(), "no labels written: none, not absent");
    assertEquals(Attr.absent(), s.ingress(), "the API's default applies; the model does not write it");
    assertEquals("main.tf:1", RuleContext.at(s, CloudRunService.LABELS).toString(), "an unwritten field: the block");
  }

  @Test
  void hclV2_aVariableWithoutValue_isUnknown() {
    CloudRunService s = hcl("""
        variable "env" {
          type = string
        }
        variable "ingress" {
          type = string
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          ingress  = var.ingress
          labels = {
            team = "payments"
            env  = var.env
          }
          template {
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """);
    assertTrue(s.labels().isUnknown(), "env may be prod: the labels are not known, not missing env");
    assertTrue(s.ingress().isUnknown());
    CloudRunService whole = hcl("""
        variable "labels" {
          type = map(string)
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          labels   = var.labels
          template {
            containers {
              image = "gcr.io/acme/api"
            }
          }
        }
        """);
    assertTrue(whole.labels().isUnknown());
  }

  @Test
  void hclV1_metadataLabelsAndTheIngressAnnotation() {
    CloudRunService s = hcl("""
        resource "google_cloud_run_service" "old" {
          name     = "old"
          project  = "acme"
          location = "us-central1"
          metadata {
            labels = {
              env = "prod"
            }
            annotations = {
              "run.googleapis.com/ingress" = "internal-and-cloud-load-balancing"
            }
          }
          template {
            metadata {
              labels = {
                revision = "r1"
              }
            }
            spec {
              containers {
                image = "gcr.io/acme/old"
              }
            }
          }
        }
        """);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER), s.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), s.labels());
    assertEquals("main.tf:9", RuleContext.at(s, CloudRunService.INGRESS).toString());
    assertEquals("main.tf:6", RuleContext.at(s, CloudRunService.LABELS).toString());
    CloudRunService bare = hcl("""
        resource "google_cloud_run_service" "old" {
          name     = "old"
          location = "us-central1"
          template {
            spec {
              containers {
                image = "gcr.io/acme/old"
              }
            }
          }
        }
        """);
    assertEquals(Attr.known(Map.of()), bare.labels());
    assertEquals(Attr.absent(), bare.ingress());
  }

  @Test
  void plan_labelsAndIngressKnownAfterApply() {
    CloudRunService set = KindFixtures.planCreating("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", """
        {"name": "api", "location": "us-central1", "project": "acme", "ingress": "INGRESS_TRAFFIC_INTERNAL_ONLY",
         "labels": {"env": "prod"}, "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]}""",
        "{\"effective_labels\": true, \"terraform_labels\": true}").all(CloudRunService.class).get(0);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_ONLY), set.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), set.labels());
    CloudRunService unset = KindFixtures.planCreating("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", """
        {"name": "api", "location": "us-central1", "project": "acme", "labels": null,
         "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]}""",
        "{\"ingress\": true, \"effective_labels\": true}").all(CloudRunService.class).get(0);
    assertTrue(unset.ingress().isUnknown(), "the provider takes an unset ingress from the API: known after apply");
    assertEquals(Attr.known(Map.of()), unset.labels());
    CloudRunService computed = KindFixtures.planCreating("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", """
        {"name": "api", "location": "us-central1", "project": "acme", "labels": {"env": null, "team": "payments"},
         "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]}""",
        "{\"labels\": {\"env\": true}}").all(CloudRunService.class).get(0);
    assertTrue(computed.labels().isUnknown(), computed.labels().toString());
    CloudRunService v1 = KindFixtures.planCreating("google_cloud_run_service.old", "google_cloud_run_service", """
        {"name": "old", "location": "us-central1", "project": "acme",
         "metadata": [{"labels": {"env": "staging"}, "annotations": {"run.googleapis.com/ingress": "internal"}}],
         "template": [{"spec": [{"containers": [{"image": "gcr.io/acme/old"}]}]}]}""", "{}")
        .all(CloudRunService.class).get(0);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_ONLY), v1.ingress());
    assertEquals(Attr.known(Map.of("env", "staging")), v1.labels());
  }

  @Test
  void planV1_aMetadataBlockTheProviderComputes_holdsNoUserLabels() {
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "google_cloud_run_service.old", "mode": "managed",
          "type": "google_cloud_run_service", "name": "old", "change": {"actions": ["create"], "before": null,
          "after": {"name": "old", "location": "us-central1", "project": "acme",
            "template": [{"spec": [{"containers": [{"image": "gcr.io/acme/old"}]}]}]},
          "after_unknown": {"metadata": true}, "after_sensitive": {}}}],
         "configuration": {"root_module": {"resources": [{"address": "google_cloud_run_service.old", "mode": "managed",
           "type": "google_cloud_run_service", "name": "old", "expressions": {"name": {"constant_value": "old"},
             "location": {"constant_value": "us-central1"}, "template": [{"spec": [{"containers": [
               {"image": {"constant_value": "gcr.io/acme/old"}}]}]}]}}]}}}""";
    CloudRunService s = io.vpcgate.input.terraform.TerraformMapper.toGraph(io.vpcgate.input.plan.PlanReader.parse(plan,
        "plan.json", java.util.Optional.empty())).all(CloudRunService.class).get(0);
    assertEquals(Attr.known(Map.of()), s.labels(), "no metadata configured: no labels, though the block is computed");
    assertEquals(Attr.absent(), s.ingress());
    String withoutConfiguration = plan.substring(0, plan.lastIndexOf(",", plan.indexOf("\"configuration\""))) + "}";
    CloudRunService unsure = io.vpcgate.input.terraform.TerraformMapper.toGraph(io.vpcgate.input.plan.PlanReader.parse(
        withoutConfiguration, "plan.json", java.util.Optional.empty())).all(CloudRunService.class).get(0);
    assertTrue(unsure.labels().isUnknown(), "without the configuration, the computed block may hold anything");
    assertTrue(unsure.ingress().isUnknown());
  }

  @Test
  void planV2_anIngressTheConfigurationDoesNotSet_isUnset_oneItSetsStaysUnknown() {
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "google_cloud_run_v2_service.api", "mode": "managed",
          "type": "google_cloud_run_v2_service", "name": "api", "change": {"actions": ["create"], "before": null,
          "after": {"name": "api", "location": "us-central1", "project": "acme", "labels": null,
            "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]},
          "after_unknown": {"ingress": true}, "after_sensitive": {}}}],
         "configuration": {"root_module": {"resources": [{"address": "google_cloud_run_v2_service.api", "mode": "managed",
           "type": "google_cloud_run_v2_service", "name": "api", "expressions": {"name": {"constant_value": "api"},
             %s"location": {"constant_value": "us-central1"}, "template": [{"containers": [
               {"image": {"constant_value": "gcr.io/acme/api"}}]}]}}]}}}""";
    CloudRunService unset = io.vpcgate.input.terraform.TerraformMapper.toGraph(io.vpcgate.input.plan.PlanReader.parse(
        plan.formatted(""), "plan.json", java.util.Optional.empty())).all(CloudRunService.class).get(0);
    assertEquals(Attr.absent(), unset.ingress(), "not configured: the API's default applies, as in HCL");
    CloudRunService computed = io.vpcgate.input.terraform.TerraformMapper.toGraph(io.vpcgate.input.plan.PlanReader.parse(
        plan.formatted("\"ingress\": {\"references\": [\"var.ingress\"]}, "), "plan.json", java.util.Optional.empty()))
        .all(CloudRunService.class).get(0);
    assertTrue(computed.ingress().isUnknown(), "configured from a value known after apply");
  }

  @Test
  void state_onlyTheUserLabels() {
    CloudRunService v2 = KindFixtures.state("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", """
        {"name": "api", "location": "us-central1", "project": "acme", "ingress": "INGRESS_TRAFFIC_ALL",
         "labels": {"env": "prod"}, "terraform_labels": {"env": "prod", "owner": "platform"},
         "effective_labels": {"env": "prod", "owner": "platform", "goog-terraform-provisioned": "true"},
         "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]}""").all(CloudRunService.class).get(0);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_ALL), v2.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), v2.labels(), "neither terraform_labels nor effective_labels");
    CloudRunService v1 = KindFixtures.state("google_cloud_run_service.old", "google_cloud_run_service", """
        {"name": "old", "location": "us-central1", "project": "acme",
         "metadata": [{"labels": {"env": "prod"}, "annotations": {"run.googleapis.com/ingress": "all"},
           "effective_labels": {"env": "prod", "cloud.googleapis.com/location": "us-central1"},
           "effective_annotations": {"run.googleapis.com/ingress": "all", "run.googleapis.com/ingress-status": "all"}}],
         "template": [{"spec": [{"containers": [{"image": "gcr.io/acme/old"}]}]}]}""").all(CloudRunService.class).get(0);
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_ALL), v1.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), v1.labels());
    CloudRunService none = KindFixtures.state("google_cloud_run_v2_service.api", "google_cloud_run_v2_service", """
        {"name": "api", "location": "us-central1", "project": "acme", "ingress": "", "labels": null,
         "template": [{"containers": [{"image": "gcr.io/acme/api"}]}]}""").all(CloudRunService.class).get(0);
    assertEquals(Attr.known(Map.of()), none.labels());
    assertEquals(Attr.absent(), none.ingress(), "state's \"\" is no setting");
  }

  @Test
  void asset_v2AndV1Shapes_withoutGooglesOwnKeys() {
    CloudRunService v2 = asset("""
        {"name": "projects/acme/locations/us-central1/services/api", "ingress": "INGRESS_TRAFFIC_INTERNAL_ONLY",
         "labels": {"env": "prod", "goog-managed-by": "cloudfunctions", "goog-terraform-provisioned": "true"},
         "template": {"containers": [{"image": "gcr.io/acme/api"}]}}""");
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_ONLY), v2.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), v2.labels(), "goog-* keys are Google's, not the user's");
    CloudRunService v1 = asset("""
        {"apiVersion": "serving.knative.dev/v1", "kind": "Service",
         "metadata": {"name": "api", "labels": {"env": "prod", "cloud.googleapis.com/location": "us-central1"},
           "annotations": {"run.googleapis.com/ingress": "internal-and-cloud-load-balancing",
             "run.googleapis.com/ingress-status": "internal-and-cloud-load-balancing"}},
         "spec": {"template": {"metadata": {"labels": {"revision": "r1"}}, "spec": {"containers": [{"image": "gcr.io/acme/api"}]}}}}""");
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER), v1.ingress());
    assertEquals(Attr.known(Map.of("env", "prod")), v1.labels());
    assertEquals(Attr.known("us-central1"), v1.id().region(), "the location label still places it");
    CloudRunService none = asset("""
        {"name": "projects/acme/locations/us-central1/services/api", "ingress": "INGRESS_TRAFFIC_UNSPECIFIED",
         "template": {"containers": [{"image": "gcr.io/acme/api"}]}}""");
    assertEquals(Attr.known(Map.of()), none.labels());
    assertEquals(Attr.absent(), none.ingress(), "UNSPECIFIED (no active revision) is no setting");
  }

  @Test
  void liveRead_v2JsonOfTheClient() {
    CloudRunService s = SnapshotReader.parse("""
        [{"name": "//run.googleapis.com/projects/acme/locations/us-central1/services/api",
          "assetType": "run.googleapis.com/Service", "resource": {"version": "v2", "location": "us-central1", "data": {
            "name": "projects/acme/locations/us-central1/services/api", "labels": {"env": "dev"},
            "ingress": "INGRESS_TRAFFIC_NONE", "template": {"containers": [{"image": "gcr.io/acme/api"}]}}}}]""",
        "live.json").all(CloudRunService.class).get(0);
    assertEquals(Attr.known("INGRESS_TRAFFIC_NONE"), s.ingress(), "a value newer than the three is kept as written");
    assertEquals(Attr.known(Map.of("env", "dev")), s.labels());
  }

  @Test
  void ingressOf_normalisesV1ToV2Spelling() {
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_ALL), CloudRunService.ingressOf(Attr.known("all")));
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_ONLY), CloudRunService.ingressOf(Attr.known("internal")));
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER),
        CloudRunService.ingressOf(Attr.known("internal-and-cloud-load-balancing")));
    assertEquals(Attr.known(CloudRunService.INGRESS_TRAFFIC_INTERNAL_ONLY),
        CloudRunService.ingressOf(Attr.known("INGRESS_TRAFFIC_INTERNAL_ONLY")));
    assertEquals(Attr.known("sideways"), CloudRunService.ingressOf(Attr.known("sideways")));
    assertEquals(Attr.absent(), CloudRunService.ingressOf(Attr.absent()));
    assertEquals(Attr.absent(), CloudRunService.ingressOf(Attr.known("")));
    assertTrue(CloudRunService.ingressOf(Attr.unknown("known after apply")).isUnknown());
  }
}
