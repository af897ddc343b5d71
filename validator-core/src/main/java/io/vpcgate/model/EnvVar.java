package io.vpcgate.model;

import java.util.List;

/**
 * An environment variable of a workload. A secret-backed one has {@code fromSecret}, no value, and
 * the secret it reads ({@code secret}: an id or {@code projects/P/secrets/S}; {@code
 * secretVersion}: a number, an alias or {@code latest}); a literal value is never printed by
 * reporters. {@code path} is where it is written; {@code references} are the resource attributes
 * its value is computed from, through locals, variables and module outputs ({@code
 * google_redis_instance.cache.host}, {@code data.google_sql_database_instance.db.private_ip_address}),
 * module-qualified and without instance keys.
 */
public record EnvVar(Attr<String> name, Attr<String> value, boolean fromSecret, String path,
    Attr<String> secret, Attr<String> secretVersion, List<String> references) {

  public EnvVar {
    references = List.copyOf(references);
  }

  /** A literal (or absent) value: no secret reference. */
  public EnvVar(Attr<String> name, Attr<String> value, boolean fromSecret, String path) {
    this(name, value, fromSecret, path, Attr.absent(), Attr.absent(), List.of());
  }

  public EnvVar(Attr<String> name, Attr<String> value, boolean fromSecret, String path, Attr<String> secret,
      Attr<String> secretVersion) {
    this(name, value, fromSecret, path, secret, secretVersion, List.of());
  }

  /** Where its value (or secret reference) is written. */
  public String valuePath() {
    return path + ".value";
  }

  /** Where its name is written. */
  public String namePath() {
    return path + ".name";
  }
}
