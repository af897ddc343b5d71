package io.vpcgate.input.hcl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parse rate over a directory of real Terraform: {@code make parse-rate CORPUS=dir}. Every .tf
 * and .tfvars file under the directory is parsed; failures are listed with their position.
 */
public final class ParseCorpus {
  private ParseCorpus() {}

  public static void main(String[] args) throws IOException {
    int total = 0;
    long bytes = 0;
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        files = walk.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars"))
            .filter(Files::isRegularFile).sorted().toList();
      }
      for (Path f : files) {
        total++;
        String text = Files.readString(f, StandardCharsets.UTF_8);
        bytes += text.length();
        try {
          HclParser.parse(text);
        } catch (HclSyntaxException e) {
          failures.add(f + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    failures.forEach(System.out::println);
    System.out.printf("parsed %d of %d files (%.2f%%), %d KB in %d ms%n",
        total - failures.size(), total, total == 0 ? 0.0 : 100.0 * (total - failures.size()) / total,
        bytes / 1024, ms);
    if (!failures.isEmpty()) {
      System.exit(1);
    }
  }
}
