package io.vpcgate.rules.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.kinds.Kinds;
import io.vpcgate.kinds.ProviderAttributes;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnknownAttributeTest {
  private RuleTester tester() {
    return RuleTester.of(new UnknownAttribute(), getClass());
  }

  @Test
  void markedFixture_reportsEveryMarkedLine() {
    tester().addTerraformFile("bad.tf").expectMarkers();
  }

  @Test
  void cleanTwin_metaArgumentsAndNestedBlocksAreNotJudged() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void theTableHasEveryModelledResourceTypeAndTheFieldsTheKindsRead() {
    List<String> missing = Kinds.ALL.stream().flatMap(k -> k.terraformTypes().stream())
        .filter(t -> !t.contains("_iam_") && !t.equals("google_project"))
        .filter(t -> ProviderAttributes.of(t).isEmpty()).toList();
    assertEquals(List.of(), missing, "modelled types missing from provider-attributes.txt");
    Set<String> connector = ProviderAttributes.of("google_vpc_access_connector").orElseThrow();
    assertTrue(connector.containsAll(Set.of("name", "network", "ip_cidr_range", "min_instances", "max_instances",
        "min_throughput", "max_throughput", "machine_type", "subnet", "region", "project")), connector.toString());
    assertTrue(ProviderAttributes.of("google_sql_database_instance").orElseThrow()
        .containsAll(Set.of("settings", "database_version", "region", "deletion_protection")));
    assertTrue(ProviderAttributes.source().startsWith("GoogleCloudPlatform/magic-modules@"), ProviderAttributes.source());
  }

  private static String remediationFor(String attribute) {
    return RuleTester.of(new UnknownAttribute(), UnknownAttributeTest.class).addTerraformLines("main.tf", """
        resource "google_vpc_access_connector" "c" {
          name          = "c"
          network       = "vpc"
          ip_cidr_range = "10.8.0.0/28"
          %s = 3
        }
        """.formatted(attribute)).findings().get(0).remediation();
  }

  @Test
  void theSuggestion_isTheNearestName_withinTwoEditsOrAPrefix() {
    assertTrue(remediationFor("min_instance").startsWith("Did you mean min_instances? "), remediationFor("min_instance"));
    assertTrue(remediationFor("mx_instancs").startsWith("Did you mean max_instances? "), remediationFor("mx_instancs"));
    assertTrue(remediationFor("machine").startsWith("Did you mean machine_type? "), remediationFor("machine"));
    String far = remediationFor("zzz_qqq");
    assertTrue(far.startsWith("Use an argument of google_vpc_access_connector"), far);
    String threeEdits = remediationFor("mx_instnc");
    assertTrue(!threeEdits.contains("Did you mean max_instances"), threeEdits);
  }
}
