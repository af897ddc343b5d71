package io.vpcgate.rules.redis;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisTransitEncryptionChangedTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisTransitEncryptionChanged(), getClass()).withLiveSnapshot("live.json");
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void turningTlsOff_saysClientsSwitchItOff() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_redis_instance" "cache" {
          name                    = "cache"
          memory_size_gb          = 1
          # WARN: Finding contains: transit_encryption_mode changes from SERVER_AUTHENTICATION to DISABLED; in-transit encryption can only be set when an instance is created, so the apply replaces it (data lost, new host) and every client must switch off TLS at once
          # FIX: Create a second instance with the new mode and move clients to it
          transit_encryption_mode = "DISABLED"
        }
        """).withLiveSnapshotText(tester().resourceText("live.json").replace("\"DISABLED\"", "\"SERVER_AUTHENTICATION\""))
        .expectMarkers();
  }

  @Test
  void turningTlsOn_saysClientsSwitchToIt() {
    var findings = tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_redis_instance" "cache" {
          name                    = "cache"
          memory_size_gb          = 1
          transit_encryption_mode = "SERVER_AUTHENTICATION"
        }
        """).findings();
    org.junit.jupiter.api.Assertions.assertEquals(1, findings.size(), findings.toString());
    org.junit.jupiter.api.Assertions.assertTrue(findings.get(0).message().endsWith("every client must switch to TLS at once"),
        findings.get(0).message());
  }
}
