package io.vpcgate.rules.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.engine.Finding;
import io.vpcgate.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Its findings are about live resources, which have no .tf line to mark, so this test names them. */
class UnmanagedLiveResourceTest {
  private RuleTester tester() {
    return RuleTester.of(new UnmanagedLiveResource(), getClass()).withLiveSnapshot("live.json").withState("state.json");
  }

  @Test
  void liveResourcesInScopeThatNoTerraformKnows() {
    List<String> subjects = tester().addTerraformFile("bad.tf").findings().stream().map(Finding::subject).sorted().toList();
    assertEquals(List.of("projects/acme/locations/us-central1/connectors/same",
        "projects/acme/locations/us-central1/instances/cache", "projects/acme/locations/us-central1/instances/handmade",
        "projects/acme/locations/us-central1/services/api", "projects/acme/locations/us-central1/services/worker"), subjects);
  }

  @Test
  void cleanTwin_staysSilent() {
    tester().addTerraformFile("clean.tf").expectNoFindings();
  }

  @Test
  void withoutState_isSkipped() {
    RuleTester.of(new UnmanagedLiveResource(), getClass()).withLiveSnapshot("live.json").addTerraformFile("bad.tf")
        .expectSkipped();
  }
}
