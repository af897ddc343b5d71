package io.vpcgate.rules.wiring;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedisEndpointMismatchTest {
  private RuleTester tester() {
    return RuleTester.of(new RedisEndpointMismatch(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").withLiveSnapshot("live.json").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").withLiveSnapshot("live.json").expectNoFindings();
  }

  @Test
  void withoutLiveState_onlyTheShapeOfTheHostIsJudged() {
    tester().addTerraformLines("main.tf", """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/app"
              env {
                name  = "REDIS_HOST"
                # BUG: Finding contains: REDIS_HOST has leading or trailing whitespace
                value = " 10.0.0.3"
              }
              env {
                name  = "OTHER_REDIS_HOST"
                value = "10.0.0.4"
              }
            }
          }
        }
        """).expectMarkers();
  }
}
