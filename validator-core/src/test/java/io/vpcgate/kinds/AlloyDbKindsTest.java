package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.AlloyDbCluster;
import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.ForwardingRule;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AlloyDB clusters and instances, and the forwarding rules of PSC endpoints, from every input. */
class AlloyDbKindsTest {
  @TempDir Path dir;

  private static final String HCL = """
      provider "google" {
        project = "acme"
      }
      resource "google_alloydb_cluster" "psa" {
        cluster_id = "orders"
        location   = "us-central1"
        network_config {
          network            = "projects/123456/global/networks/vpc"
          allocated_ip_range = "alloydb-range"
        }
      }
      resource "google_alloydb_instance" "primary" {
        cluster       = google_alloydb_cluster.psa.name
        instance_id   = "orders-primary"
        instance_type = "PRIMARY"
        machine_config {
          cpu_count = 4
        }
        database_flags = {
          max_connections = "500"
        }
      }
      resource "google_alloydb_cluster" "psc" {
        cluster_id = "billing"
        location   = "europe-west1"
        psc_config {
          psc_enabled = true
        }
      }
      resource "google_alloydb_instance" "psc" {
        cluster       = google_alloydb_cluster.psc.id
        instance_id   = "billing-primary"
        instance_type = "PRIMARY"
        psc_instance_config {
          allowed_consumer_projects = ["111111"]
        }
      }
      resource "google_compute_forwarding_rule" "psc" {
        name                  = "alloydb-psc"
        region                = "europe-west1"
        network               = "vpc"
        ip_address            = "10.0.0.9"
        load_balancing_scheme = ""
        target                = google_alloydb_instance.psc.psc_instance_config[0].service_attachment_link
      }
      """;

  @Test
  void hcl_clusterNetworkInItsOwnProject_instanceInItsCluster() {
    ResourceGraph g = KindFixtures.hcl(dir, HCL);
    AlloyDbCluster psa = g.all(AlloyDbCluster.class).stream().filter(c -> c.id().nameOr("").equals("orders")).findFirst().get();
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), psa.network(), "a project number reads as the cluster's project");
    assertEquals(Attr.known("alloydb-range"), psa.allocatedIpRange());
    assertEquals(Attr.known(false), psa.psc());
    assertEquals("main.tf:8", io.vpcgate.engine.RuleContext.at(psa, AlloyDbCluster.NETWORK).toString());

    AlloyDbInstance primary = g.all(AlloyDbInstance.class).stream().filter(i -> i.instanceId().equals("orders-primary"))
        .findFirst().get();
    assertEquals(Attr.known("projects/acme/locations/us-central1/clusters/orders"), primary.cluster());
    assertEquals(Attr.known("us-central1"), primary.id().region());
    assertEquals(Attr.known("orders/orders-primary"), primary.id().name());
    assertTrue(primary.inCluster(psa));
    assertTrue(primary.ipAddress().isUnknown(), "known after apply");
    assertEquals(Attr.known(io.vpcgate.model.DataStore.Attachment.PRIVATE_SERVICE_ACCESS), primary.attachment(),
        "its cluster decides: the graph placed it on its cluster, which uses Private Service Access");
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), primary.network(), "its cluster's network");
    assertEquals(Attr.known(Map.of("max_connections", "500")), primary.databaseFlags());
    assertEquals(Attr.known(4), primary.cpuCount());
    assertEquals(Attr.known(AlloyDbInstance.PORT), primary.endpoints().get(0).port());

    AlloyDbCluster psc = g.all(AlloyDbCluster.class).stream().filter(c -> c.id().nameOr("").equals("billing")).findFirst().get();
    assertEquals(Attr.known(true), psc.psc());
    assertTrue(psc.network().isAbsent());
    AlloyDbInstance billing = g.all(AlloyDbInstance.class).stream().filter(i -> i.instanceId().equals("billing-primary"))
        .findFirst().get();
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), billing.attachment());
    assertEquals(Attr.known(List.of("111111")), billing.allowedConsumerProjects());
    assertTrue(billing.serviceAttachmentLink().isUnknown());

    ForwardingRule fr = g.all(ForwardingRule.class).get(0);
    assertTrue(fr.target().isUnknown(), "the service attachment is known after apply");
    assertTrue(fr.origin().refersTo(billing.address()), "but Terraform knows what it points at");
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), fr.network());
  }

  /** A graph of resources already placed keeps every object (rules match stores by identity); placing anew does not. */
  @Test
  void placement_keepsAnInstanceAlreadyOnItsCluster() {
    ResourceGraph g = KindFixtures.hcl(dir, HCL);
    ResourceGraph again = new ResourceGraph(g.resources());
    for (int i = 0; i < g.resources().size(); i++) {
      assertTrue(g.resources().get(i) == again.resources().get(i), g.resources().get(i).address());
    }
    AlloyDbInstance primary = g.all(AlloyDbInstance.class).stream().filter(i -> i.instanceId().equals("orders-primary"))
        .findFirst().get();
    AlloyDbCluster billing = g.all(AlloyDbCluster.class).stream().filter(c -> c.id().nameOr("").equals("billing"))
        .findFirst().get();
    AlloyDbInstance moved = primary.onCluster(billing);
    assertTrue(moved != primary);
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), moved.attachment());
    assertTrue(moved.onCluster(billing) == moved);
  }

  @Test
  void plan_outputsKnownAfterApply() {
    ResourceGraph g = KindFixtures.planCreating("google_alloydb_instance.primary", "google_alloydb_instance", """
        {"cluster": "projects/acme/locations/us-central1/clusters/orders", "instance_id": "orders-primary",
         "instance_type": "PRIMARY", "machine_config": [{"cpu_count": 2}], "database_flags": null,
         "psc_instance_config": []}""", """
        {"ip_address": true, "psc_instance_config": true, "machine_config": [{}]}""");
    AlloyDbInstance i = g.all(AlloyDbInstance.class).get(0);
    assertTrue(i.ipAddress().isUnknown());
    assertEquals(Attr.known("acme"), i.id().project());
    assertEquals(Attr.known(2), i.cpuCount());
  }

  @Test
  void state_privateIpMakesItPrivateServiceAccess() {
    ResourceGraph g = KindFixtures.state("google_alloydb_instance.primary", "google_alloydb_instance", """
        {"cluster": "projects/acme/locations/us-central1/clusters/orders", "instance_id": "orders-primary",
         "instance_type": "PRIMARY", "ip_address": "10.60.0.2", "psc_instance_config": [],
         "read_pool_config": [], "machine_config": [{"cpu_count": 2}], "database_flags": {}}""");
    AlloyDbInstance i = g.all(AlloyDbInstance.class).get(0);
    assertEquals(Attr.known("10.60.0.2"), i.ipAddress());
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_ACCESS), i.attachment());
    ResourceGraph c = KindFixtures.state("google_alloydb_cluster.psa", "google_alloydb_cluster", """
        {"cluster_id": "orders", "location": "us-central1", "project": "acme",
         "network_config": [{"network": "projects/123456/global/networks/vpc", "allocated_ip_range": ""}],
         "psc_config": []}""");
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), c.all(AlloyDbCluster.class).get(0).network());
  }

  @Test
  void cloudAssetExport_clusterAndInstance() {
    ResourceGraph c = KindFixtures.exportLine("//alloydb.googleapis.com/projects/acme/locations/us-central1/clusters/orders",
        "alloydb.googleapis.com/Cluster", "us-central1", """
        {"name": "projects/acme/locations/us-central1/clusters/orders",
         "networkConfig": {"network": "projects/123456/global/networks/vpc", "allocatedIpRange": "alloydb-range"}}""");
    AlloyDbCluster cluster = c.all(AlloyDbCluster.class).get(0);
    assertEquals(Attr.known(new NetworkRef("acme", "vpc")), cluster.network());
    assertEquals(Attr.known("us-central1"), cluster.id().region());
    ResourceGraph i = KindFixtures.exportLine(
        "//alloydb.googleapis.com/projects/acme/locations/europe-west1/clusters/billing/instances/billing-primary",
        "alloydb.googleapis.com/Instance", "europe-west1", """
        {"instanceType": "PRIMARY", "pscInstanceConfig": {
          "serviceAttachmentLink": "projects/987/regions/europe-west1/serviceAttachments/sa-1",
          "allowedConsumerProjects": ["111111"], "pscDnsName": "abc.def.europe-west1.alloydb-psc.goog."},
         "databaseFlags": {"max_connections": "1000"}}""");
    AlloyDbInstance inst = i.all(AlloyDbInstance.class).get(0);
    assertEquals(Attr.known(DataStore.Attachment.PRIVATE_SERVICE_CONNECT), inst.attachment());
    assertEquals(Attr.known("billing/billing-primary"), inst.id().name());
    assertEquals(Attr.known("projects/acme/locations/europe-west1/clusters/billing"), inst.cluster());
    assertEquals(Attr.known(Map.of("max_connections", "1000")), inst.databaseFlags());
    ResourceGraph fr = KindFixtures.exportLine("//compute.googleapis.com/projects/acme/regions/europe-west1/forwardingRules/psc",
        "compute.googleapis.com/ForwardingRule", "europe-west1", """
        {"name": "psc", "IPAddress": "10.0.0.9", "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc",
         "target": "https://www.googleapis.com/compute/v1/projects/987/regions/europe-west1/serviceAttachments/sa-1"}""");
    assertTrue(fr.all(ForwardingRule.class).get(0).targets(inst.serviceAttachmentLink().known().get()));
  }
}
