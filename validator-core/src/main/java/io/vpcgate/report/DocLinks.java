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
 * @param customRules an organisation's own rules by ID, and the file each is defined in: explained by
 *     {@code vpcgate rules ID} and their file, never by a page of ours
 */
public record DocLinks(Optional<String> baseUrl, Optional<String> release, java.util.Map<String, String> customRules) {

  /** No URL and no release: the command and the repository path alone (tests, rule pages). */
  public static final DocLinks OFFLINE = new DocLinks(Optional.empty(), Optional.empty());

  public DocLinks {
    baseUrl = baseUrl.map(u -> u.endsWith("/") ? u : u + "/");
    customRules = java.util.Map.copyOf(customRules);
  }

  public DocLinks(Optional<String> baseUrl, Optional<String> release) {
    this(baseUrl, release, java.util.Map.of());
  }

  /** These links, knowing the organisation's own rules (ID to the file each is defined in). */
  public DocLinks withCustomRules(java.util.Map<String, String> definedIn) {
    return new DocLinks(baseUrl, release, definedIn);
  }

  /** What a {@code see:} line says for a rule. */
  public String see(String ruleId, String ruleName) {
    if (customRules.containsKey(ruleId)) {
      return "vpcgate rules " + ruleId + " (defined in " + customRules.get(ruleId) + ")";
    }
    return baseUrl.map(b -> "vpcgate rules " + ruleId + " or " + b + page(ruleName))
        .orElseGet(() -> "vpcgate rules " + ruleId + " (docs/rules/" + page(ruleName)
            + release.map(v -> " at v" + v).orElse("") + ")");
  }

  /** The page's URL, for SARIF's {@code helpUri}: only when a real one is configured or known. */
  public Optional<String> url(String ruleId, String ruleName) {
    return customRules.containsKey(ruleId) ? Optional.empty() : baseUrl.map(b -> b + page(ruleName));
  }

  private static String page(String ruleName) {
    return ruleName + ".md";
  }
}
