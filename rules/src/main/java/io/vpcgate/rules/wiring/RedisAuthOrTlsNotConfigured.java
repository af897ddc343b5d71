package io.vpcgate.rules.wiring;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.RedisInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * WIRE-08: a Redis instance with AUTH enabled refuses clients that send no AUTH string, and one
 * with in-transit encryption (SERVER_AUTHENTICATION) refuses clients that do not speak TLS. Judged
 * from what the service's environment shows, and only where it is unambiguous: no credential at all
 * (no variable that could carry one, no password in a Redis URL), a {@code redis://} URL or a
 * TLS flag set to false against a TLS instance.
 */
@RuleInfo(
    id = "WIRE-08",
    summary = "Workload does not configure the Redis AUTH or TLS its instance requires",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, RedisInstance.class})
public final class RedisAuthOrTlsNotConfigured implements Rule {
  private static final Pattern CREDENTIAL = Pattern.compile("PASS|AUTH|SECRET|TOKEN|CRED");
  private static final Pattern URL_WITH_PASSWORD = Pattern.compile("^rediss?://[^@/]*:[^@/]+@.*");
  private static final Pattern TLS_FLAG = Pattern.compile("^REDIS_(TLS|SSL|USE_TLS|USE_SSL|TLS_ENABLED|SSL_ENABLED)$");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload s : ctx.wiring().workloads()) {
      for (RedisInstance r : ctx.wiring().storesOf(s).stream().filter(RedisInstance.class::isInstance)
          .map(RedisInstance.class::cast).toList()) {
        if (r.authEnabled().known().orElse(false) && !mayCarryCredential(s)) {
          out.add(ctx.finding(s, where(ctx, s, r))
              .message("Redis %s has AUTH enabled, but %s provides no Redis credential (no variable that could "
                  + "hold the AUTH string, no password in a Redis URL); every command fails with NOAUTH", r.address(),
                  Subjects.inSentence(s))
              .remediation("Add env REDIS_AUTH from a Secret Manager secret holding the instance's AUTH string "
                  + "(value_source { secret_key_ref { ... } })")
              .related(r.origin().location())
              .build());
        }
        if (r.transitEncryptionMode().known().map("SERVER_AUTHENTICATION"::equals).orElse(false)) {
          plainClient(s).ifPresent(e -> out.add(ctx.finding(s, s.origin().at(e.valuePath()))
              .message("Redis %s requires TLS (transit_encryption_mode = SERVER_AUTHENTICATION), but %s sets %s "
                  + "for a plain connection; the instance refuses clients that do not use TLS", r.address(),
                  Subjects.inSentence(s),
                  e.name().known().orElse("?"))
              .remediation("Connect with TLS (a rediss:// URL, or the client's TLS option) and trust the instance's "
                  + "server CA (server_ca_certs)")
              .related(r.origin().location())
              .build()));
        }
      }
    }
    return out.stream();
  }

  /** The env var that binds the workload to the instance, else where its env is written. */
  private static io.vpcgate.model.Location where(RuleContext ctx, Workload s, RedisInstance r) {
    return ctx.wiring().bindings(s).stream().filter(b -> b.store() == r && b.env().isPresent())
        .map(b -> s.origin().at(b.env().get().valuePath())).findFirst()
        .orElse(RuleContext.at(s, Workload.ENV));
  }

  /** A variable whose name could hold a credential, a secret-backed Redis URL, or a URL with a password. */
  private static boolean mayCarryCredential(Workload s) {
    for (EnvVar e : s.env()) {
      String name = e.name().known().orElse("").toUpperCase(Locale.ROOT);
      if (!e.name().isKnown() || CREDENTIAL.matcher(name).find()) {
        return true;
      }
      boolean url = name.contains("REDIS") && (name.endsWith("URL") || name.endsWith("URI"));
      if (url && (e.fromSecret() || !e.value().isKnown()
          || e.value().known().map(v -> URL_WITH_PASSWORD.matcher(v.strip()).matches()).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  /** A {@code redis://} URL or a Redis TLS flag that is off. */
  private static Optional<EnvVar> plainClient(Workload s) {
    for (EnvVar e : s.env()) {
      String name = e.name().known().orElse("").toUpperCase(Locale.ROOT);
      Optional<String> v = e.fromSecret() ? Optional.empty() : e.value().known().map(String::strip);
      if (v.isEmpty()) {
        continue;
      }
      if (name.contains("REDIS") && v.get().regionMatches(true, 0, "redis://", 0, 8)) {
        return Optional.of(e);
      }
      if (TLS_FLAG.matcher(name).matches() && (v.get().equalsIgnoreCase("false") || v.get().equals("0"))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
