package io.vpcgate.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.model.Attr;
import io.vpcgate.model.DnsManagedZone;
import io.vpcgate.model.DnsRecordSet;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cloud DNS zones and record sets from HCL, a plan, a state and a Cloud Asset export. */
class DnsKindsTest {
  @TempDir Path dir;

  @Test
  void hcl_privateZoneVisibleToItsNetworks_recordInIt() {
    ResourceGraph g = KindFixtures.hcl(dir, """
        provider "google" {
          project = "acme"
        }
        resource "google_compute_network" "vpc" {
          name = "vpc"
        }
        resource "google_dns_managed_zone" "internal" {
          name       = "internal"
          dns_name   = "acme.internal."
          visibility = "private"
          private_visibility_config {
            networks {
              network_url = google_compute_network.vpc.id
            }
          }
        }
        resource "google_dns_managed_zone" "public" {
          name     = "public"
          dns_name = "acme.example.com."
        }
        resource "google_dns_managed_zone" "corp" {
          name       = "corp"
          dns_name   = "corp.example"
          visibility = "private"
          private_visibility_config {
            networks {
              network_url = google_compute_network.vpc.self_link
            }
          }
          forwarding_config {
            target_name_servers {
              ipv4_address = "172.16.0.10"
            }
          }
        }
        resource "google_dns_record_set" "redis" {
          managed_zone = google_dns_managed_zone.internal.name
          name         = "redis.acme.internal."
          type         = "A"
          ttl          = 300
          rrdatas      = ["10.0.0.3"]
        }
        """);
    DnsManagedZone internal = zone(g, "internal");
    assertEquals(Attr.known(true), internal.isPrivate());
    assertEquals(Optional.of(true), internal.visibleTo(new NetworkRef("acme", "vpc")));
    assertEquals(Optional.of(false), internal.visibleTo(new NetworkRef("acme", "other")));
    assertTrue(internal.covers("Redis.ACME.internal"));
    assertFalse(internal.covers("acme.internal.example.com"));
    assertTrue(internal.answersFromRecords());
    assertEquals(Attr.known(false), zone(g, "public").isPrivate(), "unset visibility is public");
    DnsManagedZone corp = zone(g, "corp");
    assertEquals(DnsManagedZone.FORWARDING, corp.answersFrom());
    assertTrue(corp.covers("ldap.corp.example."), "a dns_name without its final dot still matches");
    assertEquals(Optional.of(true), corp.visibleTo(new NetworkRef("acme", "vpc")), "a self link names the same network");

    DnsRecordSet redis = g.all(DnsRecordSet.class).get(0);
    assertEquals(Attr.known("internal/redis.acme.internal./A"), redis.id().name());
    assertTrue(redis.inZone(internal));
    assertTrue(redis.answers("redis.acme.internal"));
    assertFalse(redis.answers("cache.acme.internal"));
    assertEquals(Attr.known(List.of("10.0.0.3")), redis.rrdatas());
  }

  @Test
  void wildcardRecord_answersNamesBelowIt() {
    DnsRecordSet wildcard = KindFixtures.state("google_dns_record_set.any", "google_dns_record_set", """
        {"project": "acme", "managed_zone": "projects/acme/managedZones/internal", "name": "*.svc.acme.internal.",
         "type": "A", "ttl": 60, "rrdatas": ["10.0.0.9"]}""").all(DnsRecordSet.class).get(0);
    assertTrue(wildcard.answers("redis.svc.acme.internal"));
    assertTrue(wildcard.answers("a.b.svc.acme.internal."));
    assertFalse(wildcard.answers("svc.acme.internal"));
    assertEquals(Attr.known("internal"), wildcard.managedZone(), "a zone path reads as its name");
  }

  @Test
  void plan_unknownNetworkIsUnknownVisibility() {
    DnsManagedZone z = KindFixtures.planCreating("google_dns_managed_zone.internal", "google_dns_managed_zone", """
        {"name": "internal", "project": "acme", "dns_name": "acme.internal.", "visibility": "private",
         "private_visibility_config": [{"networks": [{"network_url": null}]}]}""", """
        {"private_visibility_config": [{"networks": [{"network_url": true}]}]}""").all(DnsManagedZone.class).get(0);
    assertTrue(z.privateNetworks().isUnknown());
    assertEquals(Optional.empty(), z.visibleTo(new NetworkRef("acme", "vpc")));
  }

  @Test
  void cloudAssetExport_zoneAndRecordSet() {
    DnsManagedZone z = KindFixtures.exportLine("//dns.googleapis.com/projects/acme/managedZones/internal",
        "dns.googleapis.com/ManagedZone", "global", """
        {"name": "internal", "dnsName": "acme.internal.", "visibility": "private",
         "privateVisibilityConfig": {"networks": [{"networkUrl": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc"}]}}""")
        .all(DnsManagedZone.class).get(0);
    assertEquals(Optional.of(true), z.visibleTo(new NetworkRef("acme", "vpc")));
    DnsRecordSet r = KindFixtures.exportLine("//dns.googleapis.com/projects/acme/managedZones/internal/rrsets/redis.acme.internal./A",
        "dns.googleapis.com/ResourceRecordSet", "global", """
        {"name": "redis.acme.internal.", "type": "A", "ttl": 300, "rrdatas": ["10.0.0.3"]}""").all(DnsRecordSet.class).get(0);
    assertEquals(Attr.known("internal/redis.acme.internal./A"), r.id().name());
    assertTrue(r.inZone(z));
  }

  private static DnsManagedZone zone(ResourceGraph g, String name) {
    return g.all(DnsManagedZone.class).stream().filter(z -> z.id().nameOr("").equals(name)).findFirst().orElseThrow();
  }
}
