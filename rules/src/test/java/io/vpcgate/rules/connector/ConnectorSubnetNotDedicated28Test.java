package io.vpcgate.rules.connector;

import io.vpcgate.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ConnectorSubnetNotDedicated28Test {
  private RuleTester tester() {
    return RuleTester.of(new ConnectorSubnetNotDedicated28(), getClass());
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
  void liveSubnetInTheHostProject_isJudged() {
    tester().addTerraformLines("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_vpc_access_connector" "host_project" {
          name = "host-project"
          subnet {
            # BUG: Finding contains: uses subnet acme-net-host/us-central1/serverless-usc1, whose range 10.50.0.0/26 is a /26
            name       = "serverless-usc1"
            project_id = "acme-net-host"
          }
        }
        """).withLiveSnapshot("host-project.live.json").expectMarkers();
  }
}
