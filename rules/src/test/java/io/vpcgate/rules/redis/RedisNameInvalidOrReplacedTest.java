package io.vpcgate.rules.redis;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisNameInvalidOrReplacedTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisNameInvalidOrReplaced(), getClass()).withLiveSnapshot("live.json");
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
  void invalidName_remediationSuggestsAValidOne() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_redis_instance" "upper" {
          # BUG: Finding contains: name "Cache_2026" does not match
          # FIX: Rename it, e.g. "cache-2026"
          name           = "Cache_2026"
          memory_size_gb = 1
        }
        resource "google_redis_instance" "digits" {
          # BUG: Finding contains: name "2026" does not match
          # FIX: e.g. "cache"
          name           = "2026"
          memory_size_gb = 1
        }
        resource "google_redis_instance" "one_letter" {
          # BUG: Finding contains: name "A_" does not match
          # FIX: e.g. "a0"
          name           = "A_"
          memory_size_gb = 1
        }
        resource "google_redis_instance" "two_letters" {
          # BUG: Finding contains: name "Ab" does not match
          # FIX: e.g. "ab"
          name           = "Ab"
          memory_size_gb = 1
        }
        resource "google_redis_instance" "long" {
          # BUG: Finding contains: does not match
          # FIX: e.g. "session-cache-for-the-checkout-service-eu"
          name           = "Session-cache-for-the-checkout-service-eu-west1"
          memory_size_gb = 1
        }
        """).expectMarkers();
  }
}
