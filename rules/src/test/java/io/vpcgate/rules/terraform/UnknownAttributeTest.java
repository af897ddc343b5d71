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
}
