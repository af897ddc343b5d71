package io.vpcgate.rules.connector;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.VpcConnector;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** VPCC-01: the connector ID must match the API's pattern; the console's stricter length rule warns. */
@RuleInfo(
    id = "VPCC-01",
    summary = "Serverless VPC connector name is rejected by the API",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {VpcConnector.class})
public final class ConnectorNameInvalid implements Rule {
  static final Pattern API_PATTERN = Pattern.compile("^[a-z][-a-z0-9]{0,23}[a-z0-9]$");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(VpcConnector.class).stream()
        .flatMap(c -> c.id().name().known().flatMap(name -> finding(ctx, c, name)).stream());
  }

  private static Optional<Finding> finding(RuleContext ctx, VpcConnector c, String name) {
    if (!API_PATTERN.matcher(name).matches()) {
      return Optional.of(ctx.finding(c, VpcConnector.NAME)
          .message("Connector %s: name \"%s\" does not match ^[a-z][-a-z0-9]{0,23}[a-z0-9]$ (2-25 characters, "
              + "lowercase letters, digits and hyphens, starting with a letter); the API rejects it with 400",
              c.address(), name)
          .remediation("Rename the connector, e.g. name = \"%s\"", suggest(name))
          .build());
    }
    long hyphens = name.chars().filter(ch -> ch == '-').count();
    if (name.length() + hyphens >= 21) {
      return Optional.of(ctx.finding(c, VpcConnector.NAME).severity(Severity.WARNING)
          .message("Connector %s: name \"%s\" counts %d characters with hyphens counted twice; the console and "
              + "gcloud guidance asks for fewer than 21", c.address(), name, name.length() + hyphens)
          .remediation("Use a shorter name with fewer hyphens, e.g. name = \"%s\"", shorten(name.replace("-", ""), 20))
          .build());
    }
    return Optional.empty();
  }

  static String suggest(String name) {
    String s = name.toLowerCase().replaceAll("[^-a-z0-9]", "-").replaceAll("-{2,}", "-");
    s = s.replaceAll("^[^a-z]+", "");
    if (s.isEmpty()) {
      s = "connector";
    }
    return shorten(s, 25);
  }

  private static String shorten(String s, int max) {
    String t = s.length() > max ? s.substring(0, max) : s;
    t = t.replaceAll("-+$", "");
    return t.length() < 2 ? t + "-c" : t;
  }
}
