package io.vpcgate.suppress;

import io.vpcgate.input.hcl.Body;
import io.vpcgate.input.hcl.HclParser;
import io.vpcgate.input.hcl.HclSyntaxException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code vpcgate:ignore} comments in the .tf files a check read, and what each one covers. */
final class SuppressionScanner {
  private static final Pattern COMMENT = Pattern.compile(
      "(?:#|//)\\s*vpcgate:ignore\\s+(?<ids>[A-Za-z]+-\\d+(?:\\s*,\\s*[A-Za-z]+-\\d+)*|all)"
          + "(?:\\s+until=(?<until>\\S+))?\\s*(?:--\\s*(?<reason>.*?))?\\s*$");
  private static final Pattern MENTION = Pattern.compile("(?:#|//)\\s*vpcgate:ignore\\b");

  private SuppressionScanner() {}

  record Result(List<InlineSuppression> suppressions, List<String> problems) {}

  static Result scan(Map<String, Path> sources) {
    List<InlineSuppression> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Path> e : sources.entrySet()) {
      String text;
      try {
        text = Files.readString(e.getValue(), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        continue; // the file was read moments ago; a vanished file has no comments to honour
      }
      if (!text.contains(Suppressions.MARK)) {
        continue; // the check's parse passes only files that mention it; another caller may pass any
      }
      String[] lines = text.split("\n", -1);
      List<Body.Block> blocks = blocks(text);
      for (int i = 0; i < lines.length; i++) {
        Matcher mention = MENTION.matcher(lines[i]);
        if (!mention.find()) {
          continue;
        }
        String where = e.getKey() + ":" + (i + 1);
        Matcher m = COMMENT.matcher(lines[i].substring(mention.start()));
        if (!m.matches()) {
          problems.add(where + ": malformed vpcgate:ignore (expected: # vpcgate:ignore ID[,ID] [until=YYYY-MM-DD] "
              + "-- reason); not applied");
          continue;
        }
        Optional<LocalDate> until = Optional.empty();
        if (m.group("until") != null) {
          try {
            until = Optional.of(LocalDate.parse(m.group("until")));
          } catch (DateTimeParseException ex) {
            problems.add(where + ": until=" + m.group("until") + " is not a date (YYYY-MM-DD); not applied");
            continue;
          }
        }
        Set<String> ids = m.group("ids").equals("all") ? Set.of()
            : new LinkedHashSet<>(Arrays.stream(m.group("ids").split(",")).map(String::strip).map(String::toUpperCase).toList());
        Optional<String> reason = Optional.ofNullable(m.group("reason")).map(String::strip).filter(r -> !r.isEmpty());
        boolean trailing = !lines[i].substring(0, mention.start()).isBlank();
        int target = trailing ? i + 1 : nextCodeLine(lines, i + 1);
        Optional<Body.Block> block = blocks.stream().filter(b -> b.line() == target).findFirst();
        int to = block.map(Body.Block::endLine).orElse(target);
        Optional<String> module = block.filter(b -> b.type().equals("module")).map(b -> b.label(0));
        out.add(new InlineSuppression(e.getKey(), i + 1, ids, until, reason, target, to, module));
      }
    }
    return new Result(out, problems);
  }

  private static int nextCodeLine(String[] lines, int from) {
    for (int i = from; i < lines.length; i++) {
      String t = lines[i].strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("//")) {
        return i + 1;
      }
    }
    return from;
  }

  /** Every block in the file, at any depth; none if it does not parse (it did parse when it was read). */
  private static List<Body.Block> blocks(String text) {
    List<Body.Block> out = new ArrayList<>();
    try {
      collect(HclParser.parse(text), out);
    } catch (HclSyntaxException e) {
      return out;
    }
    return out;
  }

  private static void collect(Body body, List<Body.Block> out) {
    for (Body.Block b : body.blocks()) {
      out.add(b);
      collect(b.body(), out);
    }
  }
}
