package io.vpcgate.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a compiled expression selects: the fields of the graph's messages it can read; not a word it quotes, nor a variable. */
class CelCompilerTest {
  private final CelCompiler cel = new CelCompiler();
  private final Target workload = new Target(Target.Role.WORKLOAD, Optional.empty());

  private Set<String> names(String expression) {
    return cel.value(workload, expression, new SourceLine("rules.yaml", 1), "when").names();
  }

  @Test
  void aWordInAStringIsNotAField_aSelectedOneIs() {
    Set<String> n = names("workload.egress.via == \"connector\" ? 'connector ' + workload.egress.connector_name : 'users'");
    assertEquals(Set.of("egress", "via", "connector_name"), n);
  }

  @Test
  void macrosKeepTheFieldsTheyRead() {
    Set<String> n = names("has(workload.egress.nat) && workload.reaches.exists(r, r.data_store.tls == true)"
        + " && workload.labels.all(k, k != 'team')");
    assertTrue(n.containsAll(Set.of("egress", "nat", "reaches", "data_store", "tls", "labels")), n.toString());
  }

  @Test
  void aMapKeyIsAValueNotAField() {
    assertEquals(Set.of("labels"), names("workload.labels[\"env\"] == \"prod\""));
  }

  @Test
  void aVariableIsNotAField() {
    Target connector = new Target(Target.Role.CONNECTOR, Optional.empty());
    assertEquals(Set.of("users"), cel.value(connector, "size(connector.users) > 5", new SourceLine("r.yaml", 1), "when").names());
  }

  @Test
  void anIntIsOrderedAgainstADoubleAsTheSpecificationSays() throws Exception {
    CelCompiler.Compiled c = cel.condition(workload, "1 < 1.5 && 2 >= 2.0 && !(3 > 3.5)", new SourceLine("r.yaml", 1), "when");
    assertEquals(true, c.program().eval());
    cel.condition(workload, "workload.max_instances != null && workload.max_instances > 12.5", new SourceLine("r.yaml", 1),
        "when"); // as README shows it: a field's int against a double type-checks
  }

  @Test
  void buildingAMessageOrNamingAVocabularyTypeIsRefusedWhenLoaded() {
    for (String e : List.of("workload.egress == vpcgate.EgressPath{}", "type(workload) == vpcgate.Workload")) {
      InputException x = assertThrows(InputException.class,
          () -> cel.condition(workload, e, new SourceLine("r.yaml", 4), "when"), e);
      assertTrue(x.getMessage().startsWith("r.yaml:4: when: ") && x.getMessage().contains("not supported"), x.getMessage());
    }
  }
}
