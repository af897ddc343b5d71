package io.vpcgate.rules.sql;

import io.vpcgate.model.GlobalAddress;
import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.rules.LiveTwin;
import io.vpcgate.rules.PrivateServiceAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * SQL-01: an instance needs public IPv4 or a private network (or Private Service Connect); a
 * private_network once set cannot be removed; ssl_mode and the legacy require_ssl must be one of
 * the pairs the API accepts; allocated_ip_range names a VPC_PEERING range of the private network.
 */
@RuleInfo(
    id = "SQL-01",
    summary = "Cloud SQL IP configuration is invalid",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {SqlInstance.class, GlobalAddress.class})
public final class SqlIpConfigInvalid implements Rule {
  private static final Pattern RFC1035 = Pattern.compile("^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$");
  /** ssl_mode → the require_ssl value it must be paired with. */
  private static final Map<String, Boolean> PAIRS = Map.of("ALLOW_UNENCRYPTED_AND_ENCRYPTED", false,
      "ENCRYPTED_ONLY", false, "TRUSTED_CLIENT_CERTIFICATE_REQUIRED", true);

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (SqlInstance q : ctx.desired().all(SqlInstance.class)) {
      boolean noPublic = q.ipv4Enabled().known().map(v -> !v).orElse(false);
      boolean psc = q.pscEnabled().known().orElse(false) || q.pscEnabled().isUnknown();
      if (noPublic && q.privateNetwork().isAbsent() && !psc) {
        out.add(ctx.finding(q, SqlInstance.IPV4_ENABLED)
            .message("Cloud SQL %s has ipv4_enabled = false and no private_network; \"At least ipv4_enabled must be "
                + "enabled or a private_network must be configured\"", q.address())
            .remediation("Set private_network (with a Private Service Access connection), or ipv4_enabled = true")
            .build());
      }
      Optional<SqlInstance> before = LiveTwin.before(ctx, q).map(SqlInstance.class::cast);
      if (q.privateNetwork().isAbsent() && before.flatMap(b -> b.privateNetwork().known()).isPresent()) {
        out.add(ctx.finding(q, SqlInstance.IP_CONFIGURATION)
            .message("Cloud SQL %s: private_network %s is set on the instance but not in Terraform; a private network "
                + "\"can be updated, but it cannot be removed after it is set\", so the apply fails", q.address(),
                before.get().privateNetwork().known().get())
            .remediation("Keep private_network = \"%s\" in ip_configuration",
                "projects/" + before.get().privateNetwork().known().get().project() + "/global/networks/"
                    + before.get().privateNetwork().known().get().name())
            .build());
      }
      if (q.sslMode().isKnown() && q.requireSsl().isKnown()) {
        String mode = q.sslMode().known().get();
        boolean require = q.requireSsl().known().get();
        Boolean needed = PAIRS.get(mode);
        if (needed != null && needed != require) {
          out.add(ctx.finding(q, SqlInstance.REQUIRE_SSL)
              .message("Cloud SQL %s: ssl_mode = %s with require_ssl = %s is not a pair the API accepts (%s needs "
                  + "require_ssl = %s)", q.address(), mode, require, mode, needed)
              .remediation("Remove the legacy require_ssl and keep ssl_mode alone, or set require_ssl = %s", needed)
              .build());
        }
      }
      q.allocatedIpRange().known().ifPresent(range -> allocated(ctx, q, range, out));
    }
    return out.stream();
  }

  private static void allocated(RuleContext ctx, SqlInstance q, String range, List<Finding> out) {
    if (!RFC1035.matcher(range).matches()) {
      out.add(ctx.finding(q, SqlInstance.ALLOCATED_IP_RANGE)
          .message("Cloud SQL %s: allocated_ip_range \"%s\" is not the name of an allocated range (RFC 1035: "
              + "lowercase, 1-63 characters, starting with a letter)%s", q.address(), range,
              range.contains("/") ? "; it takes the range's name, not its CIDR" : "")
          .remediation("Name the google_compute_global_address (purpose VPC_PEERING) to allocate from")
          .build());
      return;
    }
    Optional<NetworkRef> net = q.privateNetwork().known();
    if (net.isEmpty() || ctx.live().isEmpty() || net.get().project().isEmpty()) {
      return;
    }
    if (!PrivateServiceAccess.rangeNamed(ctx.index(), net.get(), range).orElse(true)) {
      out.add(ctx.finding(q, SqlInstance.ALLOCATED_IP_RANGE)
          .message("Cloud SQL %s: allocated_ip_range \"%s\" names no VPC_PEERING range on network %s (its ranges: %s)",
              q.address(), range, net.get(), String.join(", ", PrivateServiceAccess.rangeNames(ctx.world(), net.get())))
          .remediation("Name one of the network's Private Service Access ranges")
          .build());
    }
  }
}
