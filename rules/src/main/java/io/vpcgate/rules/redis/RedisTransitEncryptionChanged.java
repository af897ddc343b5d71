package io.vpcgate.rules.redis;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.rules.LiveTwin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * REDIS-04: in-transit encryption can only be chosen when an instance is created, so changing
 * transit_encryption_mode replaces it (WARNING); turning AUTH on or off changes what every client
 * must send, in the same deploy (INFO). Compared with the plan, the live instance or the state.
 */
@RuleInfo(
    id = "REDIS-04",
    summary = "Memorystore Redis TLS or AUTH setting changes",
    severity = Severity.WARNING,
    category = Category.VALIDITY,
    appliesTo = {RedisInstance.class})
public final class RedisTransitEncryptionChanged implements Rule {

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (RedisInstance r : ctx.desired().all(RedisInstance.class)) {
      Optional<RedisInstance> before = LiveTwin.before(ctx, r).map(RedisInstance.class::cast);
      boolean planReplacesForTls = r.origin().change().replacePaths().contains("transit_encryption_mode");
      Optional<String> from = before.flatMap(b -> b.transitMode().known());
      Optional<String> to = r.transitMode().known();
      if (planReplacesForTls || (from.isPresent() && to.isPresent() && !from.get().equals(to.get()))) {
        out.add(ctx.finding(r, RedisInstance.TRANSIT_ENCRYPTION_MODE)
            .message("Redis %s: transit_encryption_mode changes%s; in-transit encryption can only be set when an "
                + "instance is created, so the apply replaces it (data lost, new host) and every client must switch "
                + "%s TLS at once", r.address(), from.isPresent() && to.isPresent() ? " from " + from.get() + " to " + to.get() : "",
                to.map(t -> t.equals("DISABLED") ? "off" : "to").orElse("to or from"))
            .remediation("Create a second instance with the new mode and move clients to it, then remove the old one")
            .build());
      }
      Optional<Boolean> authFrom = before.flatMap(b -> b.authEnabled().known());
      Optional<Boolean> authTo = r.authEnabled().known();
      if (authFrom.isPresent() && authTo.isPresent() && !authFrom.get().equals(authTo.get())) {
        out.add(ctx.finding(r, RedisInstance.AUTH_ENABLED).severity(Severity.INFO)
            .message("Redis %s: AUTH is turned %s; every client must %s the AUTH string in the same deploy", r.address(),
                authTo.get() ? "on" : "off", authTo.get() ? "start sending" : "stop requiring")
            .remediation("Deploy the clients' credential (a secret-backed env var) together with this change")
            .build());
      }
    }
    return out.stream();
  }
}
