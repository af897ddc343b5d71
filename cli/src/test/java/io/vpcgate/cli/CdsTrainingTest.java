package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdsTrainingTest {
  @Test
  void commandsAreSplitAtEachThen() {
    List<String[]> commands = CdsTraining.commands(new String[] {"check", "a", "--plan", "p", "--then", "check",
        "--recursive", "b"});
    assertEquals(2, commands.size());
    assertEquals(List.of("check", "a", "--plan", "p"), List.of(commands.get(0)));
    assertEquals(List.of("check", "--recursive", "b"), List.of(commands.get(1)));
    assertEquals(List.of(List.of("check", "a")), texts(CdsTraining.commands(new String[] {"check", "a"})));
    assertEquals(List.of(List.of("x"), List.of("y")),
        texts(CdsTraining.commands(new String[] {"--then", "x", "--then", "--then", "y", "--then"})));
    assertEquals(List.of(), texts(CdsTraining.commands(new String[0])));
  }

  @Test
  void exitCodeIsTheFirstFailureElseTheLastCommands() {
    List<String[]> three = CdsTraining.commands(new String[] {"a", "--then", "b", "--then", "c"});
    List<String> ran = new ArrayList<>();
    assertEquals(5, CdsTraining.exitCode(three, c -> {
      ran.add(c[0]);
      return c[0].equals("c") ? 5 : 4; // findings, then an incomplete run: runs, not failures
    }));
    assertEquals(List.of("a", "b", "c"), ran);
    ran.clear();
    assertEquals(3, CdsTraining.exitCode(three, c -> {
      ran.add(c[0]);
      return c[0].equals("b") ? 3 : 0; // an input error stops the training
    }));
    assertEquals(List.of("a", "b"), ran);
    assertEquals(2, CdsTraining.exitCode(three, c -> c[0].equals("a") ? 2 : 0));
    assertEquals(1, CdsTraining.exitCode(three, c -> c[0].equals("c") ? 1 : 4));
    assertEquals(0, CdsTraining.exitCode(List.of(), c -> 4));
  }

  private static List<List<String>> texts(List<String[]> commands) {
    return commands.stream().map(List::of).toList();
  }
}
