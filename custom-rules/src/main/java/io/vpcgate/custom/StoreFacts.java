package io.vpcgate.custom;

import io.vpcgate.model.AlloyDbInstance;
import io.vpcgate.model.Attr;
import io.vpcgate.model.DataStore;
import io.vpcgate.model.RedisCluster;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.ValkeyInstance;
import java.util.Map;
import java.util.Set;

/**
 * What the vocabulary says of a data store whatever its kind: whether clients must authenticate,
 * whether traffic is encrypted in transit (an unset setting is the API's default, off for every kind
 * here), its tier and its max_connections flag. Absent where the kind has no such setting.
 */
record StoreFacts(Attr<Boolean> authEnabled, Attr<Boolean> tls, Attr<String> tier, Attr<Long> maxConnections) {

  static StoreFacts of(DataStore s) {
    if (s instanceof RedisInstance r) {
      return new StoreFacts(r.authEnabled().isAbsent() ? Attr.known(false) : r.authEnabled(),
          oneOf(r.transitEncryptionMode(), Set.of("SERVER_AUTHENTICATION")), r.tier(), Attr.absent());
    }
    if (s instanceof RedisCluster c) {
      return new StoreFacts(oneOf(c.authorizationMode(), Set.of("AUTH_MODE_IAM_AUTH")),
          oneOf(c.transitEncryptionMode(), Set.of("TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION")), c.nodeType(),
          Attr.absent());
    }
    if (s instanceof ValkeyInstance v) {
      return new StoreFacts(oneOf(v.authorizationMode(), Set.of("IAM_AUTH")),
          oneOf(v.transitEncryptionMode(), Set.of("SERVER_AUTHENTICATION")), Attr.absent(), Attr.absent());
    }
    if (s instanceof SqlInstance q) {
      Attr<Boolean> tls = q.requireSsl().known().orElse(false) ? Attr.known(true)
          : oneOf(q.sslMode(), Set.of("ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"));
      if (q.requireSsl().isUnknown() && !tls.known().orElse(false)) {
        tls = Attr.unknown("its SSL setting is not known before apply");
      }
      return new StoreFacts(Attr.absent(), tls, q.tier(), flag(q.databaseFlags()));
    }
    if (s instanceof AlloyDbInstance a) {
      return new StoreFacts(Attr.absent(), Attr.absent(), Attr.absent(), flag(a.databaseFlags()));
    }
    return new StoreFacts(Attr.absent(), Attr.absent(), Attr.absent(), Attr.absent());
  }

  /** Whether {@code setting} is one of {@code on}; unset: the default, which is off. */
  private static Attr<Boolean> oneOf(Attr<String> setting, Set<String> on) {
    return setting.isAbsent() ? Attr.known(false) : setting.map(on::contains);
  }

  /** The max_connections flag as a number: unset when the flag is, unknown when the flags are or it is not a number. */
  private static Attr<Long> flag(Attr<Map<String, String>> flags) {
    if (flags.isUnknown()) {
      return Attr.unknown("its database flags are not known before apply");
    }
    String v = flags.known().map(f -> f.get("max_connections")).orElse(null);
    if (v == null) {
      return Attr.absent();
    }
    String n = v.strip();
    return isCount(n) ? Attr.known(Long.parseLong(n))
        : Attr.unknown("its max_connections flag is not a number (" + v + ")");
  }

  /** One to nine ASCII digits (read for every database a rule reads: no pattern compiled per call). */
  private static boolean isCount(String n) {
    if (n.isEmpty() || n.length() > 9) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) < '0' || n.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
