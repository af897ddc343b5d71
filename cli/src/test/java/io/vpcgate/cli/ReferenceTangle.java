package io.vpcgate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A few local modules {@code m0..mN} whose locals, variables, outputs and module calls refer to one
 * another at random: cycles between locals, between a module's output and its own input, and between
 * modules (m1 calls m0 calls m1), some calls with {@code count}. Terraform rejects most of these; so
 * must vpcgate, cleanly and quickly.
 */
final class ReferenceTangle {
  private final Random random;
  private final int modules;

  ReferenceTangle(Random random) {
    this.random = random;
    this.modules = 1 + random.nextInt(4);
  }

  void write(Path top) throws IOException {
    for (int m = 0; m < modules; m++) {
      Path dir = Files.createDirectories(top.resolve("m" + m));
      Files.writeString(dir.resolve("main.tf"), module(m));
    }
  }

  private String module(int m) {
    int locals = 1 + random.nextInt(5);
    StringBuilder tf = new StringBuilder("variable \"in\" {\n  default = \"10.8.0.0/28\"\n}\n\nlocals {\n");
    for (int i = 0; i < locals; i++) {
      tf.append("  l").append(i).append(" = ").append(expression(locals)).append('\n');
    }
    tf.append("}\n\n");
    int calls = random.nextInt(3);
    for (int c = 0; c < calls; c++) {
      int target = random.nextInt(modules);
      tf.append("module \"c").append(c).append("\" {\n  source = \"../m").append(target).append("\"\n");
      if (random.nextBoolean()) {
        tf.append("  count  = ").append(1 + random.nextInt(3)).append('\n');
      }
      tf.append("  in     = ").append(random.nextBoolean() ? "local.l0" : "module.c" + random.nextInt(calls) + ".out")
          .append("\n}\n\n");
    }
    tf.append("output \"out\" {\n  value = ").append(expression(locals)).append("\n}\n\n");
    tf.append("""
        resource "google_vpc_access_connector" "c" {
          name          = "conn-%d"
          region        = "us-central1"
          network       = "default"
          ip_cidr_range = %s
          max_instances = %d
        }
        """.formatted(m, expression(locals), 3 + random.nextInt(12)));
    return tf.toString();
  }

  private String expression(int locals) {
    String ref = "local.l" + random.nextInt(locals);
    return switch (random.nextInt(6)) {
      case 0 -> ref;
      case 1 -> "\"${" + ref + "}\"";
      case 2 -> "var.in";
      case 3 -> "[" + ref + ", var.in][0]";
      case 4 -> "try(" + ref + ", var.in)";
      default -> "cidrsubnet(" + ref + ", 0, 0)";
    };
  }
}
