package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Input;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Workload;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NatCoverage's three answers (covered, not covered, cannot tell) for Terraform plus live state, read
 * through a probe rule that reports the answer for each workload: the rules that use it treat
 * "cannot tell" like "covered", so only here are the two told apart.
 */
class NatCoverageTest {

  @RuleInfo(id = "TEST-NAT", summary = "NatCoverage probe", severity = Severity.INFO, category = Category.WIRING,
      appliesTo = Workload.class, requires = {Input.DESIRED, Input.LIVE})
  static final class Probe implements Rule {
    @Override
    public Stream<Finding> check(RuleContext ctx) {
      return ctx.wiring().workloads().stream().map(w -> ctx.finding(w, Workload.EGRESS)
          .message("%s", NatCoverage.covers(ctx.index(), ctx.wiring().route(w)).map(String::valueOf).orElse("unknown"))
          .remediation("none").build());
    }
  }

  private static final String DIRECT_VPC = """
      provider "google" {
        project = "acme"
        region  = "us-central1"
      }
      resource "google_cloud_run_v2_service" "api" {
        name     = "api"
        location = "us-central1"
        template {
          containers {
            image = "us-docker.pkg.dev/cloudrun/container/hello"
          }
          vpc_access {
            network_interfaces {
              network    = "app-vpc"
              subnetwork = "run-subnet"
            }
            egress = "ALL_TRAFFIC"
          }
        }
      }
      """;
  private static final String SUBNET = """
      {"name": "//compute.googleapis.com/projects/acme/regions/us-central1/subnetworks/run-subnet",
       "assetType": "compute.googleapis.com/Subnetwork", "resource": {"location": "us-central1", "data": {
         "name": "run-subnet", "network": "projects/acme/global/networks/app-vpc", "ipCidrRange": "10.10.0.0/24",
         "region": "us-central1"}}}""";

  /** A live router of acme; {@code nat} is the JSON of its one NAT, or null. */
  private static String router(String name, String region, String network, String nat) {
    return """
        {"name": "//compute.googleapis.com/projects/acme/regions/%s/routers/%s",
         "assetType": "compute.googleapis.com/Router", "resource": {"location": "%s", "data": {
           "name": "%s", "network": "projects/acme/global/networks/%s", "region": "%s"%s}}}"""
        .formatted(region, name, region, name, network, region, nat == null ? "" : ", \"nats\": [" + nat + "]");
  }

  private static String nat(String ranges, String... subnets) {
    return "{\"name\": \"nat\", \"sourceSubnetworkIpRangesToNat\": \"" + ranges + "\", \"subnetworks\": ["
        + String.join(", ", Stream.of(subnets).map(s -> "{\"name\": \"projects/acme/regions/us-central1/subnetworks/" + s
        + "\"}").toList()) + "]}";
  }

  private static String covers(String terraform, String... live) {
    List<String> answers = RuleTester.of(new Probe(), NatCoverageTest.class).addTerraformLines("main.tf", terraform)
        .withLiveSnapshotText("[" + String.join(",\n", live) + "]").findings().stream().map(Finding::message).toList();
    assertEquals(1, answers.size(), () -> "one workload, one answer: " + answers);
    return answers.get(0);
  }

  @Test
  void aLiveNatOnAllSubnetworks_covers() {
    assertEquals("true", covers(DIRECT_VPC, SUBNET,
        router("r", "us-central1", "app-vpc", nat("ALL_SUBNETWORKS_ALL_IP_RANGES"))));
    assertEquals("true", covers(DIRECT_VPC, SUBNET,
        router("r", "us-central1", "app-vpc", nat("ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES"))));
  }

  @Test
  void aLiveNatListingSubnetworks_coversOnlyTheListedOnes() {
    assertEquals("true", covers(DIRECT_VPC, SUBNET,
        router("r", "us-central1", "app-vpc", nat("LIST_OF_SUBNETWORKS", "db-subnet", "run-subnet"))));
    assertEquals("false", covers(DIRECT_VPC, SUBNET,
        router("r", "us-central1", "app-vpc", nat("LIST_OF_SUBNETWORKS", "db-subnet"))));
  }

  @Test
  void aLiveNatOfAnotherRegionOrNetwork_orARouterWithoutNat_doesNotCover() {
    assertEquals("false", covers(DIRECT_VPC, SUBNET,
        router("r", "europe-west1", "app-vpc", nat("ALL_SUBNETWORKS_ALL_IP_RANGES"))));
    assertEquals("false", covers(DIRECT_VPC, SUBNET,
        router("r", "us-central1", "other-vpc", nat("ALL_SUBNETWORKS_ALL_IP_RANGES"))));
    assertEquals("false", covers(DIRECT_VPC, SUBNET, router("r", "us-central1", "app-vpc", null)));
    assertEquals("false", covers(DIRECT_VPC, SUBNET));
  }

  @Test
  void aLiveNatWhoseRangesAreNotReported_isNotGuessedToCover() {
    assertEquals("false", covers(DIRECT_VPC, SUBNET, router("r", "us-central1", "app-vpc", "{\"name\": \"nat\"}")));
  }

  private static String tfNat(String router, String extra) {
    return """
        resource "google_compute_router" "app" {
          name    = "app-router"
          network = "app-vpc"
        }
        resource "google_compute_router" "other" {
          name    = "other-router"
          network = "other-vpc"
        }
        resource "google_compute_router_nat" "nat" {
          name                               = "nat"
          router                             = %s
          nat_ip_allocate_option             = "AUTO_ONLY"
          %s
        }
        """.formatted(router, extra);
  }

  private static final String ALL = "source_subnetwork_ip_ranges_to_nat = \"ALL_SUBNETWORKS_ALL_IP_RANGES\"";

  @Test
  void aTerraformNatOnARouterOfTheNetwork_covers() {
    assertEquals("true", covers(DIRECT_VPC + tfNat("google_compute_router.app.name", ALL), SUBNET));
    assertEquals("true", covers(DIRECT_VPC + tfNat("\"app-router\"", """
        source_subnetwork_ip_ranges_to_nat = "LIST_OF_SUBNETWORKS"
          subnetwork {
            name                    = "run-subnet"
            source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
          }"""), SUBNET));
  }

  @Test
  void aTerraformNatListingAnotherSubnetwork_doesNotCover() {
    assertEquals("false", covers(DIRECT_VPC + tfNat("\"app-router\"", """
        source_subnetwork_ip_ranges_to_nat = "LIST_OF_SUBNETWORKS"
          subnetwork {
            name                    = "db-subnet"
            source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
          }"""), SUBNET));
  }

  @Test
  void aTerraformNatOnARouterOfAnotherNetwork_orInAnotherRegion_doesNotCover() {
    assertEquals("false", covers(DIRECT_VPC + tfNat("google_compute_router.other.name", ALL), SUBNET));
    assertEquals("false", covers(DIRECT_VPC + tfNat("\"no-such-router\"", ALL), SUBNET));
    assertEquals("false", covers(DIRECT_VPC + tfNat("\"app-router\"", ALL + "\n  region = \"europe-west1\""), SUBNET));
  }

  @Test
  void aTerraformNatWhoseRouterOrRangesAreNotKnown_mightBeTheOne() {
    String vars = """
        variable "router" {
          type = string
        }
        variable "ranges" {
          type = string
        }
        """;
    assertEquals("unknown", covers(DIRECT_VPC + vars + tfNat("var.router", ALL), SUBNET));
    assertEquals("unknown", covers(DIRECT_VPC + vars + tfNat("\"app-router\"",
        "source_subnetwork_ip_ranges_to_nat = var.ranges"), SUBNET));
    // ... unless it is in another region.
    assertEquals("false", covers(DIRECT_VPC + vars + tfNat("var.router", ALL + "\n  region = \"europe-west1\""), SUBNET));
  }

  @Test
  void aPathWithoutAKnownNetwork_cannotBeTold() {
    assertEquals("unknown", covers(DIRECT_VPC.replace("\"app-vpc\"", "var.network").replace("\"run-subnet\"", "var.subnet") + """
        variable "network" {
          type = string
        }
        variable "subnet" {
          type = string
        }
        """, SUBNET, router("r", "us-central1", "app-vpc", nat("ALL_SUBNETWORKS_ALL_IP_RANGES"))));
  }

  @Test
  void aPathWithoutAKnownRegion_cannotBeTold() {
    assertEquals("unknown", covers(DIRECT_VPC.replace("  region  = \"us-central1\"\n", "")
            .replace("\"us-central1\"", "var.region") + """
        variable "region" {
          type = string
        }
        """, SUBNET, router("r", "us-central1", "app-vpc", nat("ALL_SUBNETWORKS_ALL_IP_RANGES"))));
  }
}
