package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * WIRE-08 against the two instances of live.json: auth-cache (10.0.0.3:6379, AUTH on, no TLS) and
 * tls-cache (10.0.0.11:6378, SERVER_AUTHENTICATION, no AUTH). What in a service's env counts as a
 * credential (a Redis URL with a password, a secret-backed or computed one) and as a plain client
 * (a TLS flag that is off).
 */
class RedisAuthOrTlsNotConfiguredEnvTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisAuthOrTlsNotConfigured(), getClass()).withLiveSnapshot("live.json");
  }

  private static String service(String envBlocks) {
    return """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        variable "redis_url" {}
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/app"
        %s
            }
          }
        }
        """.formatted(envBlocks.indent(6));
  }

  private static final String NO_AUTH = "# BUG: Finding contains: Redis projects/acme/locations/us-central1/instances/auth-cache "
      + "has AUTH enabled, but service google_cloud_run_v2_service.api provides no Redis credential";

  @Test
  void aRedisUrlWithAPassword_carriesTheCredential() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_URL"
          value = "redis://:s3cret@10.0.0.3:6379/0"
        }
        """)).expectNoFindings();
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_URI"
          value = " redis://default:s3cret@10.0.0.3:6379 "
        }
        """)).expectNoFindings();
  }

  @Test
  void aRedisUrlWithoutAPassword_carriesNone() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_URL"
          %s
          # FIX: Add env REDIS_AUTH from a Secret Manager secret holding the instance's AUTH string
          value = "redis://10.0.0.3:6379/0"
        }
        """.formatted(NO_AUTH))).expectMarkers();
  }

  @Test
  void aUrlWithAPassword_countsOnlyInARedisUrlVariable() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "CACHE_URL"
          %s
          value = "redis://:s3cret@10.0.0.3:6379/0"
        }
        """.formatted(NO_AUTH))).expectMarkers();
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_CONNECTION"
          %s
          value = "redis://:s3cret@10.0.0.3:6379/0"
        }
        """.formatted(NO_AUTH))).expectMarkers();
  }

  @Test
  void aRedisUrlFromASecretOrComputed_mayCarryTheCredential() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.3"
        }
        env {
          name = "REDIS_URL"
          value_source {
            secret_key_ref {
              secret  = "redis-url"
              version = "1"
            }
          }
        }
        """)).expectNoFindings();
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.3"
        }
        env {
          name  = "REDIS_URL"
          value = var.redis_url
        }
        """)).expectNoFindings();
  }

  @Test
  void theFindingPointsAtTheVariableThatBindsThisInstance_notAnotherOne() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "SESSION_STORE_URL"
          value = "rediss://10.0.0.11:6378/0"
        }
        env {
          name  = "REDIS_HOST"
          %s
          value = "10.0.0.3"
        }
        """.formatted(NO_AUTH))).expectMarkers();
  }

  private static final String PLAIN = "# BUG: Finding contains: Redis projects/acme/locations/us-central1/instances/tls-cache "
      + "requires TLS (transit_encryption_mode = SERVER_AUTHENTICATION), but service google_cloud_run_v2_service.api sets %s "
      + "for a plain connection";

  @Test
  void aRedisTlsFlagThatIsOff_isAPlainClient() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.11"
        }
        env {
          name  = "REDIS_TLS"
          %s
          # FIX: Connect with TLS (a rediss:// URL, or the client's TLS option) and trust the instance's server CA
          value = "False"
        }
        """.formatted(PLAIN.formatted("REDIS_TLS")))).expectMarkers();
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.11"
        }
        env {
          name  = "REDIS_USE_SSL"
          %s
          value = "0"
        }
        """.formatted(PLAIN.formatted("REDIS_USE_SSL")))).expectMarkers();
  }

  @Test
  void aRedisTlsFlagThatIsOn_orAnotherFlag_isNotAPlainClient() {
    tester().addTerraformLines("main.tf", service("""
        env {
          name  = "REDIS_HOST"
          value = "10.0.0.11"
        }
        env {
          name  = "REDIS_TLS"
          value = "true"
        }
        env {
          name  = "REDIS_SSL"
          value = "1"
        }
        env {
          name  = "REDIS_TLS_VERIFY"
          value = "false"
        }
        env {
          name = "REDIS_SSL_ENABLED"
          value_source {
            secret_key_ref {
              secret  = "flags"
              version = "1"
            }
          }
        }
        """)).expectNoFindings();
  }
}
