package io.vpcgate.suppress;

import io.vpcgate.engine.Finding;
import io.vpcgate.model.Location;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One {@code # vpcgate:ignore ID[,ID...] [until=YYYY-MM-DD] -- reason} comment and what it
 * covers: lines {@code from..to} of {@code file} (the commented line, or a whole block when it
 * precedes one), and for a module call, every resource of that module ({@code module.NAME...}).
 */
record InlineSuppression(String file, int line, Set<String> ruleIds, Optional<LocalDate> until, Optional<String> reason,
    int from, int to, Optional<String> module) {

  /** Empty {@code ruleIds} means {@code all}. */
  boolean covers(Finding f) {
    if (!ruleIds.isEmpty() && !ruleIds.contains(f.ruleId())) {
      return false;
    }
    if (within(f.location()) || f.use().map(this::within).orElse(false)) {
      return true; // where the finding points, or where the value it is about is used
    }
    return module.map(m -> Pattern.compile("(^|\\.)module\\." + Pattern.quote(m) + "[.\\[]").matcher(f.subject()).find())
        .orElse(false);
  }

  private boolean within(Location l) {
    return l instanceof Location.SourceLocation s && s.file().equals(file) && s.line() >= from && s.line() <= to;
  }

  String where() {
    return file + ":" + line;
  }
}
