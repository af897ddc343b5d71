package io.vpcgate.rules.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Severity;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateDnsNameUnresolvableTest {
  private RuleTester tester() {
    return RuleTester.of(new PrivateDnsNameUnresolvable(), getClass());
  }

  /** bad.tf with {@code from} replaced by {@code to}, the markers taken out. */
  private RuleTester badWith(String from, String to) {
    RuleTester t = tester();
    String text = t.resourceText("bad.tf").replaceAll("(?m)^\\s*# (BUG|WARN): .*\\n", "");
    assertTrue(text.contains(from), from);
    return t.addTerraformLines("main.tf", text.replace(from, to));
  }

  private static Finding about(List<Finding> findings, String env) {
    return findings.stream().filter(f -> f.message().contains(env + " names")).findFirst()
        .orElseThrow(() -> new AssertionError("no finding about " + env + ": " + findings));
  }

  /** Zones and record sets of acme were read live, and no redis record exists: BLOCKING through an all-traffic connector. */
  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void aRecordMadeOutsideTerraform_readLive_answers() {
    RuleTester t = badWith("value = \"https://billing.partners.internal:8443/v1\"", "value = \"https://api.stripe.com\"");
    t.withLiveSnapshotText(t.resourceText("live.json").replace("}}}}\n]", """
        }}}},
         {"name": "//dns.googleapis.com/projects/acme/managedZones/internal/rrsets/redis.acme.internal./A",
          "assetType": "dns.googleapis.com/ResourceRecordSet",
          "resource": {"version": "v1", "location": "global", "data": {"name": "redis.acme.internal.", "type": "A",
            "ttl": 300, "rrdatas": ["10.0.0.3"]}}}
        ]""")).expectNoFindings();
  }

  @Test
  void aRecordSetWhoseZoneOrNameIsNotKnownBeforeApply_mayHoldTheName() {
    for (String[] change : List.of(
        new String[] {"managed_zone = google_dns_managed_zone.internal.name", "managed_zone = var.unknown"},
        new String[] {"name         = \"db.acme.internal.\"", "name         = var.unknown"})) {
      io.vpcgate.engine.Report r = badWith(change[0], change[1]).addTerraformLines("vars.tf", "variable \"unknown\" {}\n")
          .withLiveSnapshot("live.json").run();
      assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("REDIS_HOST")), r.findings().toString());
      assertTrue(r.notEvaluated().stream().anyMatch(n -> n.reason().contains("REDIS_HOST: a record set")
          && n.reason().contains("not known before apply")), r.notEvaluated().toString());
    }
  }

  @Test
  void recordSetsNotReadLive_onlyWarns() {
    List<Finding> findings = tester().addTerraformFile("bad.tf").findings();
    assertEquals(2, findings.size(), findings.toString());
    Finding redis = about(findings, "REDIS_HOST");
    assertEquals(Severity.WARNING, redis.severity());
    assertTrue(redis.message().contains("a record made outside Terraform cannot be seen"), redis.message());
  }

  @Test
  void theValueIsNeverPrinted() {
    List<Finding> findings = tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").findings();
    assertTrue(findings.stream().noneMatch(f -> f.message().contains("redis.acme.internal")
        || f.message().contains("billing.partners") || f.remediation().contains("redis.acme.internal")), findings.toString());
  }

  @Test
  void privateRangesOnlyEgress_onlyWarns() {
    Finding redis = about(badWith("egress    = \"ALL_TRAFFIC\"", "egress    = \"PRIVATE_RANGES_ONLY\"")
        .withLiveSnapshot("live.json").findings(), "REDIS_HOST");
    assertEquals(Severity.WARNING, redis.severity());
    assertTrue(redis.message().contains("sends its DNS queries to the VPC network is not documented"), redis.message());
  }

  private static final String CONNECTOR = "      connector = google_vpc_access_connector.conn.id\n";
  private static final String VPC_ACCESS = "    vpc_access {\n" + CONNECTOR + "      egress    = \"ALL_TRAFFIC\"\n    }\n";

  @Test
  void directVpcEgress_onlyWarns() {
    Finding redis = about(badWith(CONNECTOR, "      network_interfaces {\n        network    = google_compute_network.vpc.name\n"
        + "        subnetwork = \"run\"\n      }\n").withLiveSnapshot("live.json").findings(), "REDIS_HOST");
    assertEquals(Severity.WARNING, redis.severity());
    assertTrue(redis.message().contains("Direct VPC egress"), redis.message());
  }

  @Test
  void noVpcEgress_theZoneIsNotVisible() {
    Finding redis = about(badWith(VPC_ACCESS, "").withLiveSnapshot("live.json").findings(), "REDIS_HOST");
    assertEquals(Severity.WARNING, redis.severity());
    assertTrue(redis.message().contains("has no VPC egress"), redis.message());
  }

  /** One service on an all-traffic connector, one private zone ({@code zoneExtra} added to it), one env value. */
  private RuleTester minimal(String zoneExtra, String networkUrl, String envValue) {
    return tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "unknown" {}
        resource "google_compute_network" "vpc" {
          name = "vpc"
        }
        resource "google_vpc_access_connector" "conn" {
          name          = "conn"
          region        = "us-central1"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
        }
        resource "google_dns_managed_zone" "internal" {
          name       = "internal"
          dns_name   = "acme.internal."
          visibility = "private"
          private_visibility_config {
            networks {
              network_url = %s
            }
          }
          %s
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = google_vpc_access_connector.conn.id
              egress    = "ALL_TRAFFIC"
            }
            containers {
              image = "gcr.io/acme/api"
              env {
                name  = "REDIS_HOST"
                value = %s
              }
            }
          }
        }
        """.formatted(networkUrl, zoneExtra, envValue)).withLiveSnapshot("live.json");
  }

  @Test
  void minimalConfiguration_isJudged() {
    Finding redis = about(minimal("", "google_compute_network.vpc.id", "\"redis.acme.internal\"").findings(), "REDIS_HOST");
    assertEquals(Severity.BLOCKING, redis.severity());
  }

  @Test
  void aForwardingZone_isNotEvaluated() {
    minimal("forwarding_config {\n    target_name_servers {\n      ipv4_address = \"172.16.0.10\"\n    }\n  }",
        "google_compute_network.vpc.id", "\"redis.acme.internal\"").expectNotEvaluated("answers through its forwarding_config");
  }

  @Test
  void zoneNetworksKnownOnlyAfterApply_areNotEvaluated() {
    minimal("", "var.unknown", "\"redis.acme.internal\"").expectNotEvaluated("the networks zone google_dns_managed_zone.internal is "
        + "visible to are not known before apply");
  }

  @Test
  void anEnvValueNotKnownBeforeApply_isNotJudged() {
    minimal("", "google_compute_network.vpc.id", "var.unknown").expectNoFindings();
  }

  @Test
  void aSecretBackedValue_isNeverRead() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
              env {
                name = "REDIS_HOST"
                value_source {
                  secret_key_ref {
                    secret  = "redis-host"
                    version = "latest"
                  }
                }
              }
            }
          }
        }
        resource "google_dns_managed_zone" "internal" {
          name       = "internal"
          dns_name   = "acme.internal."
          visibility = "private"
          private_visibility_config {
            networks {
              network_url = "projects/acme/global/networks/vpc"
            }
          }
        }
        """).withLiveSnapshot("live.json").expectNoFindings();
  }
}
