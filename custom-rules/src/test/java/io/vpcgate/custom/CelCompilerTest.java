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

  private static CelCompiler.Request when(String e, int line) {
    return CelCompiler.Request.condition(e, new SourceLine("r.yaml", line), "when");
  }

  private static CelCompiler.Request value(String e, int line) {
    return CelCompiler.Request.value(e, new SourceLine("r.yaml", line), "message");
  }

  /** What the rule's expressions compile to together: what each compiles to alone (its fields, its value). */
  @Test
  void aRulesExpressionsCompiledTogetherAreEachAsAlone() throws Exception {
    List<CelCompiler.Request> requests = List.of(when("size(workload.reaches) > 1 || workload.name == 'a'", 3),
        value("workload.reaches.map(r, r.data_store.name)", 5), value("workload.egress.via == 'connector' ? 1 : 2", 5),
        value("[]", 6), value("[1]", 6), value("{'a': workload.labels}", 7), value("'caf\u00e9 \uD83D\uDE00'", 8));
    List<CelCompiler.Compiled> together = cel.together(workload, requests);
    org.junit.jupiter.api.Assertions.assertNotNull(together, "compiled together, not each alone");
    assertEquals(requests.size(), together.size());
    for (int i = 0; i < requests.size(); i++) {
      CelCompiler.Request r = requests.get(i);
      CelCompiler.Compiled alone = r.condition() ? cel.condition(workload, r.expression(), r.at(), r.field())
          : cel.value(workload, r.expression(), r.at(), r.field());
      assertEquals(alone.names(), together.get(i).names(), r.expression());
      assertEquals(alone.text(), together.get(i).text());
      assertEquals(alone.at(), together.get(i).at());
      java.util.Map<String, Object> vars = java.util.Map.of("workload", new MessageWriter("Workload",
          Set.of("name", "reaches", "egress", "via", "labels")).set("name", io.vpcgate.model.Attr.known("a")).build().value());
      assertEquals(String.valueOf(alone.program().eval(vars)), String.valueOf(together.get(i).program().eval(vars)),
          r.expression());
    }
  }

  /** An expression that closes its neighbour's place, or a second error after a first: each reads as compiled alone. */
  @Test
  void together_anErrorIsTheOneCompilingAloneGives() {
    List<List<CelCompiler.Request>> cases = List.of(
        List.of(when("true", 2), value("1), dyn(2", 4), value("3", 5)),
        List.of(when("true", 2), value("1), (2", 4), value("3), dyn(4", 5)),
        List.of(when("workload.name", 2), value("workload.name", 4)),
        List.of(when("true", 2), value("workload.egress == vpcgate.EgressPath{}", 4)),
        List.of(when("true", 2), value("type(workload) == vpcgate.Workload", 4)),
        List.of(when("true", 2), value("workload.nmae", 4), value("workload.vai", 5)),
        List.of(when("true", 2), value("x".repeat(CelCompiler.MAX_SIZE + 1), 4)));
    for (List<CelCompiler.Request> requests : cases) {
      String alone = null;
      for (CelCompiler.Request r : requests) {
        try {
          if (r.condition()) {
            cel.condition(workload, r.expression(), r.at(), r.field());
          } else {
            cel.value(workload, r.expression(), r.at(), r.field());
          }
        } catch (InputException e) {
          alone = e.getMessage();
          break;
        }
      }
      String expected = alone;
      InputException together = assertThrows(InputException.class, () -> cel.compileAll(workload, requests),
          requests.toString());
      assertEquals(expected, together.getMessage());
    }
  }

  /** Two values whose list would be a valid one though neither is alone: still an error, as alone. */
  @Test
  void together_partsThatOnlyParseJoinedAreRefused() {
    List<CelCompiler.Request> requests = List.of(when("true", 2), value("dyn(1", 4), value("2)", 5));
    assertEquals(null, cel.together(workload, requests));
    InputException e = assertThrows(InputException.class, () -> cel.compileAll(workload, requests));
    assertTrue(e.getMessage().startsWith("r.yaml:4: message: "), e.getMessage());
  }

  @Test
  void anErrorInALongLineQuotesTheHundredCharactersAroundIt() {
    String padding = "a".repeat(300);
    String e = "workload.name == \"" + padding + "\" && workload.nmae == \"" + padding + "\"";
    InputException x = assertThrows(InputException.class,
        () -> cel.condition(workload, e, new SourceLine("r.yaml", 4), "when"), e);
    String quoted = x.getMessage().substring(x.getMessage().indexOf(" of: ") + 5);
    assertTrue(quoted.startsWith("...") && quoted.endsWith("...)") && quoted.contains("workload.nmae"), quoted);
    assertTrue(quoted.length() <= CelCompiler.QUOTED + 7, quoted);
    assertTrue(x.getMessage().startsWith("r.yaml:4: when: undefined field 'nmae'; did you mean 'name'?"), x.getMessage());
  }

  @Test
  void aShortLineIsQuotedWholeAndTheCutEndsAreMarked() {
    assertEquals("a == b", CelCompiler.around("  a == b  ", 3));
    String line = "x".repeat(CelCompiler.QUOTED);
    assertEquals(line, CelCompiler.around(line, 50)); // at the limit: whole
    String longer = "0123456789".repeat(30); // 300 characters
    assertEquals(longer.substring(0, 100) + "...", CelCompiler.around(longer, 0));
    assertEquals("..." + longer.substring(100, 200) + "...", CelCompiler.around(longer, 150));
    assertEquals("..." + longer.substring(200), CelCompiler.around(longer, 299));
    assertEquals("..." + longer.substring(200), CelCompiler.around(longer, 10_000)); // past the end: its last part
  }
}
