package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootModulesTest {
  @TempDir Path top;

  private void write(String name, String text) throws IOException {
    Path p = top.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void rootsAreDirectoriesWithTfThatNoOtherDirectoryCalls() throws IOException {
    write("envs/dev/main.tf", "module \"net\" {\n  source = \"../../modules/net\"\n}\n");
    write("envs/prod/main.tf", "module \"net\" {\n  source = \"../../modules/net\"\n}\n");
    write("modules/net/main.tf", "module \"sub\" {\n  source = \"./sub\"\n}\n");
    write("modules/net/sub/main.tf", "locals { a = 1 }\n");
    write("modules/unused/main.tf", "locals { a = 1 }\n");
    write("envs/dev/.terraform/modules/x/main.tf", "locals { a = 1 }\n");
    write("docs/README.md", "not terraform");
    write("broken/main.tf", "resource {\n");
    List<String> roots = RootModules.find(top).stream().map(p -> top.relativize(p).toString()).toList();
    assertEquals(List.of("broken", "envs/dev", "envs/prod", "modules/unused"), roots);
  }

  @Test
  void aTfFileIsARegularFileOrALinkToOne() throws IOException {
    write("shared/real.tf", "module \"net\" {\n  source = \"../modules/net\"\n}\n");
    write("modules/net/main.tf.json", "{}");
    write("json-only/main.tf.json", "{}");
    Files.createDirectories(top.resolve("linked"));
    Files.createSymbolicLink(top.resolve("linked/main.tf"), top.resolve("shared/real.tf"));
    Files.createDirectories(top.resolve("dangling"));
    Files.createSymbolicLink(top.resolve("dangling/main.tf"), top.resolve("nowhere.tf"));
    Files.createDirectories(top.resolve("dir-named-tf/x.tf"));
    Files.createDirectories(top.resolve("link-to-dir"));
    Files.createSymbolicLink(top.resolve("link-to-dir/y.tf"), top.resolve("dir-named-tf"));
    List<String> roots = RootModules.find(top).stream().map(p -> top.relativize(p).toString()).toList();
    // a link's module calls count as the file's (modules/net is called, so it is no root)
    assertEquals(List.of("json-only", "linked", "shared"), roots);
  }
}
