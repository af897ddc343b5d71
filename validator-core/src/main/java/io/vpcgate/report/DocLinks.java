package io.vpcgate.report;

import java.util.Optional;

/**
 * Where a reader of a report finds a rule explained. Always {@code vpcgate rules ID}, which works
 * offline and explains the installed version, and the rule's page in the repository
 * ({@code docs/rules/NAME.md}, at the release's tag when this is a release). A URL only when one is
 * real: the organisation's own copy ({@code docs-url} in {@code .vpcgate.yml}) or the repository a
 * release was built from; never an address nobody owns.
 *
 * @param baseUrl a URL the pages live under (ends with {@code /}), if one is configured or known
 * @param release the release version ({@code 0.1.0}), empty for a development build
 */
public record DocLinks(Optional<String> baseUrl, Optional<String> release) {

  /** No URL and no release: the command and the repository path alone (tests, rule pages). */
  public static final DocLinks OFFLINE = new DocLinks(Optional.empty(), Optional.empty());

  public DocLinks {
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
  }

  /** What a {@code see:} line says for a rule. */
  public String see(String ruleId, String ruleName) {
    return baseUrl.map(b -> "vpcgate rules " + ruleId + " or " + b + page(ruleName))
        .orElseGet(() -> "vpcgate rules " + ruleId + " (docs/rules/" + page(ruleName)
            + release.map(v -> " at v" + v).orElse("") + ")");
  }

  /** The page's URL, for SARIF's {@code helpUri}: only when a real one is configured or known. */
  public Optional<String> url(String ruleName) {
    return baseUrl.map(b -> b + page(ruleName));
  }

  private static String page(String ruleName) {
    return ruleName + ".md";
  }
}
