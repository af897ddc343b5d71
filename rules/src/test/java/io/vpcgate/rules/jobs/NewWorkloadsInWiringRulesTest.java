package io.vpcgate.rules.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.rules.wiring.PrivateTargetWithoutVpcEgress;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jobs, worker pools and App Engine versions are workloads: the wiring rules written for workloads
 * judge them too. A private Redis host in the env of a workload without VPC egress is reported for
 * the worker pool and the App Engine version that lack one, not for the job that has a connector.
 */
class NewWorkloadsInWiringRulesTest {
  @Test
  void privateTargetWithoutVpcEgress_judgesEveryNewKind() {
    List<Finding> findings = RuleTester.of(new PrivateTargetWithoutVpcEgress(), getClass())
        .addTerraformLines("main.tf", """
            provider "google" {
              project = "acme"
              region  = "us-central1"
            }
            resource "google_redis_instance" "cache" {
              name           = "cache"
              memory_size_gb = 1
            }
            resource "google_cloud_run_v2_job" "etl" {
              name     = "etl"
              location = "us-central1"
              template {
                template {
                  vpc_access {
                    connector = "projects/acme/locations/us-central1/connectors/conn"
                  }
                  containers {
                    image = "gcr.io/acme/etl"
                    env {
                      name  = "REDIS_HOST"
                      value = google_redis_instance.cache.host
                    }
                  }
                }
              }
            }
            resource "google_cloud_run_v2_worker_pool" "consumer" {
              name     = "consumer"
              location = "us-central1"
              template {
                containers {
                  image = "gcr.io/acme/consumer"
                  env {
                    name  = "REDIS_HOST"
                    value = google_redis_instance.cache.host
                  }
                }
              }
            }
            resource "google_app_engine_standard_app_version" "api" {
              service    = "api"
              version_id = "v1"
              runtime    = "python312"
              entrypoint {
                shell = "gunicorn main:app"
              }
              deployment {
                zip {
                  source_url = "https://storage.googleapis.com/acme/app.zip"
                }
              }
              env_variables = {
                REDIS_HOST = google_redis_instance.cache.host
              }
            }
            """).findings();
    assertEquals(List.of("google_app_engine_standard_app_version.api", "google_cloud_run_v2_worker_pool.consumer"),
        findings.stream().map(Finding::subject).sorted().toList());
  }
}
