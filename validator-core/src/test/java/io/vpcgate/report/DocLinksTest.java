package io.vpcgate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** See-lines and page URLs: the command always, a URL only when a real one is known. */
class DocLinksTest {
  @Test
  void offline_namesTheCommandAndTheRepositoryPath() {
    assertEquals("vpcgate rules VPCC-05 (docs/rules/ConnectorInstanceBounds.md)",
        DocLinks.OFFLINE.see("VPCC-05", "ConnectorInstanceBounds"));
    assertEquals(Optional.empty(), DocLinks.OFFLINE.url("VPCC-05", "ConnectorInstanceBounds"));
  }

  @Test
  void aRelease_namesItsTag() {
    DocLinks release = new DocLinks(Optional.empty(), Optional.of("0.2.0"));
    assertEquals("vpcgate rules VPCC-05 (docs/rules/ConnectorInstanceBounds.md at v0.2.0)",
        release.see("VPCC-05", "ConnectorInstanceBounds"));
  }

  @Test
  void aConfiguredAddress_isLinked_withOrWithoutTheTrailingSlash() {
    for (String base : new String[] {"https://docs.example.com/vpcgate", "https://docs.example.com/vpcgate/"}) {
      DocLinks own = new DocLinks(Optional.of(base), Optional.empty());
      assertEquals(Optional.of("https://docs.example.com/vpcgate/ConnectorInstanceBounds.md"),
          own.url("VPCC-05", "ConnectorInstanceBounds"));
      assertEquals("vpcgate rules VPCC-05 or https://docs.example.com/vpcgate/ConnectorInstanceBounds.md",
          own.see("VPCC-05", "ConnectorInstanceBounds"));
    }
  }
}
