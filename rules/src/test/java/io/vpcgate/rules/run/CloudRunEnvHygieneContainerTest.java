package io.vpcgate.rules.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** CR-08 within one container: the variable limit, reserved names, and how the container is named. */
class CloudRunEnvHygieneContainerTest {
  private RuleTester tester() {
    return RuleTester.of(new CloudRunEnvHygiene(), getClass());
  }

  private static String service(String containers) {
    return """
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
        %s
          }
        }
        """.formatted(containers.indent(4));
  }

  private static String manyVars(int n) {
    String env = IntStream.range(0, n).mapToObj(i -> """
          env {
            name  = "VAR_%d"
            value = "v"
          }
        """.formatted(i)).collect(Collectors.joining());
    return service("""
        containers {
          image = "gcr.io/acme/app"
        %s}
        """.formatted(env));
  }

  @Test
  void exactlyOneThousandVariables_isAllowed() {
    tester().addTerraformLines("main.tf", manyVars(1000)).expectNoFindings();
  }

  @Test
  void oneThousandAndOneVariables_isTooMany() {
    List<Finding> found = tester().addTerraformLines("main.tf", manyVars(1001)).findings();
    assertEquals(1, found.size(), found.toString());
    assertEquals("Service google_cloud_run_v2_service.api: container template[0].containers[0] sets 1001 environment "
        + "variables; Cloud Run allows at most 1000", found.get(0).message());
    assertEquals("Move configuration into a mounted secret or file, or fewer variables", found.get(0).remediation());
  }

  @Test
  void reservedNames_onlyPortPointsAtContainerPort() {
    tester().addTerraformLines("main.tf", service("""
        containers {
          image = "gcr.io/acme/app"
          env {
            # BUG: Finding contains: env PORT is reserved by the Cloud Run container contract
            # FIX: Remove PORT; read the value Cloud Run injects instead (set the container's ports { container_port } to change it)
            name  = "PORT"
            value = "9090"
          }
          env {
            # BUG: Finding contains: env K_SERVICE is reserved by the Cloud Run container contract
            name  = "K_SERVICE"
            value = "api"
          }
        }
        """)).expectMarkers();
    List<Finding> kService = tester().addTerraformLines("main.tf", service("""
        containers {
          image = "gcr.io/acme/app"
          env {
            name  = "K_REVISION"
            value = "api-1"
          }
        }
        """)).findings();
    assertEquals(1, kService.size(), kService.toString());
    assertEquals("Remove K_REVISION; read the value Cloud Run injects instead", kService.get(0).remediation());
  }

  @Test
  void aDuplicateIsReportedInTheNamedContainer_orByItsPathWhenUnnamed() {
    tester().addTerraformLines("main.tf", service("""
        containers {
          name  = "app"
          image = "gcr.io/acme/app"
          ports {
            container_port = 8080
          }
          env {
            name  = "MODE"
            value = "a"
          }
          env {
            # BUG: Finding contains: env MODE is set more than once in container app; the API rejects duplicate names
            # FIX: Keep one MODE and remove the others
            name  = "MODE"
            value = "b"
          }
        }
        containers {
          image = "gcr.io/acme/sidecar"
          env {
            name  = "MODE"
            value = "a"
          }
          env {
            # BUG: Finding contains: env MODE is set more than once in container template[0].containers[1];
            name  = "MODE"
            value = "b"
          }
        }
        """)).expectMarkers();
  }
}
