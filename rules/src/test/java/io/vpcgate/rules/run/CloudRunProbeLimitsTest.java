package io.vpcgate.rules.run;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CloudRunProbeLimitsTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunProbeLimits(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  /** A v2 service whose only container has {@code probes} (startup_probe / liveness_probe blocks, markers included). */
  private static String service(String probes) {
    StringBuilder b = new StringBuilder("""
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            containers {
              image = "gcr.io/acme/api"
        """);
    probes.lines().forEach(l -> b.append("      ").append(l).append("\n"));
    return b.append("    }\n  }\n}\n").toString();
  }

  private void clean(String probes) {
    tester().addTerraformLines("main.tf", service(probes)).expectNoFindings();
  }

  private void marked(String probes) {
    tester().addTerraformLines("main.tf", service(probes)).expectMarkers();
  }

  @Test
  void initialDelay_zeroIsAllowed_negativeAndAbove240AreNot() {
    clean("""
        startup_probe {
          initial_delay_seconds = 0
        }
        """);
    marked("""
        startup_probe {
          # BUG: Finding contains: Service google_cloud_run_v2_service.api: startup probe initial_delay_seconds = -1 exceeds the maximum of 240 s
          # FIX: Set initial_delay_seconds to at most 240
          initial_delay_seconds = -1
        }
        """);
    marked("""
        startup_probe {
          # BUG: Finding contains: startup probe initial_delay_seconds = 241 exceeds the maximum of 240 s
          initial_delay_seconds = 241
        }
        """);
  }

  @Test
  void period_oneIsAllowed_zeroIsNot_andNoTimeoutIsJudgedAgainstIt() {
    clean("""
        startup_probe {
          period_seconds = 1
        }
        """);
    // period 0 is reported once, as a period; the default timeout of 1 s is not compared with it.
    marked("""
        startup_probe {
          # BUG: Finding contains: startup probe period_seconds = 0 is outside 1..240 s
          # FIX: Set period_seconds between 1 and 240
          period_seconds = 0
        }
        """);
  }

  @Test
  void liveness_allows3600s_notMore() {
    clean("""
        liveness_probe {
          initial_delay_seconds = 3600
          period_seconds        = 3600
          failure_threshold     = 10
        }
        """);
    marked("""
        liveness_probe {
          # BUG: Finding contains: liveness probe initial_delay_seconds = 3601 exceeds the maximum of 3600 s
          # FIX: Set initial_delay_seconds to at most 3600
          initial_delay_seconds = 3601
          # BUG: Finding contains: liveness probe period_seconds = 3601 is outside 1..3600 s
          # FIX: Set period_seconds between 1 and 3600
          period_seconds        = 3601
        }
        """);
  }

  @Test
  void timeout_equalToThePeriodIsAllowed_longerIsNot_andTheFixHalvesThePeriod() {
    clean("""
        liveness_probe {
          period_seconds  = 10
          timeout_seconds = 10
        }
        """);
    marked("""
        liveness_probe {
          period_seconds  = 10
          # BUG: Finding contains: Service google_cloud_run_v2_service.api: liveness probe timeout_seconds = 11 is longer than period_seconds = 10; the API requires the period to be at least the timeout
          # FIX: Set timeout_seconds below period_seconds, e.g. timeout_seconds = 5
          timeout_seconds = 11
        }
        """);
  }

  @Test
  void startupWindow_240sIsAllowed_241IsNot() {
    clean("""
        startup_probe {
          period_seconds    = 10
          failure_threshold = 24
        }
        """);
    marked("""
        startup_probe {
          period_seconds    = 1
          # BUG: Finding contains: failure_threshold x period_seconds = 241 x 1 = 241 s
          # FIX: (e.g. failure_threshold = 240)
          failure_threshold = 241
        }
        """);
  }

  @Test
  void startupWindow_aPeriodOf240_withTwoFailures_isTooLong() {
    marked("""
        startup_probe {
          period_seconds    = 240
          # BUG: Finding contains: Service google_cloud_run_v2_service.api: startup probe allows failure_threshold x period_seconds = 2 x 240 = 480 s; Cloud Run caps that window at 240 s (and initial_delay_seconds at 240 s), so a container that needs this long is shut down
          # FIX: Keep failure_threshold x period_seconds <= 240 (e.g. failure_threshold = 1)
          failure_threshold = 2
        }
        """);
  }

  @Test
  void startupWindow_namesTheInitialDelay_onlyWhenThereIsOne() {
    marked("""
        startup_probe {
          initial_delay_seconds = 30
          period_seconds        = 60
          # BUG: Finding contains: = 5 x 60 = 300 s (+30 s initial delay); Cloud Run caps
          # FIX: (e.g. failure_threshold = 4)
          failure_threshold     = 5
        }
        """);
    String message = tester().addTerraformLines("main.tf", service("""
        startup_probe {
          initial_delay_seconds = 0
          period_seconds        = 60
          failure_threshold     = 5
        }
        """)).findings().get(0).message();
    org.junit.jupiter.api.Assertions.assertTrue(message.contains("= 5 x 60 = 300 s; Cloud Run caps"), message);
  }

  @Test
  void livenessWindow_isNotCappedAt240s() {
    clean("""
        liveness_probe {
          period_seconds    = 60
          failure_threshold = 10
        }
        """);
  }
}
