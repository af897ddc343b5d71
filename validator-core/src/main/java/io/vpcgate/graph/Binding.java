package io.vpcgate.graph;

import io.vpcgate.model.DataStore;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Workload;
import java.util.Optional;

/**
 * A workload uses a data store, and the evidence that says so: an env value holding its address or a
 * URL to it, a Terraform reference to one of its attributes (through locals, variables and module
 * outputs), a {@code data} source that reads it, a Cloud SQL attachment, or an env value holding a
 * Cloud SQL connection name. {@code env} is the variable that carries it, when one does.
 */
public record Binding(Workload workload, DataStore store, Evidence evidence, Optional<EnvVar> env) {

  /** Why the workload is bound to the store. */
  public enum Evidence {
    /** An env value is the store's address ({@code 10.0.0.3}, {@code 10.0.0.3:6379}). */
    ADDRESS,
    /** An env value is a URL or DSN to the store's address ({@code redis://10.0.0.3:6379/0}). */
    URL,
    /** An env value is computed from one of the store's attributes ({@code google_redis_instance.cache.host}). */
    REFERENCE,
    /** An env value is computed from a {@code data} source that reads the store. */
    DATA_SOURCE,
    /** The workload attaches the Cloud SQL instance (a volume, or v1's cloudsql-instances annotation). */
    ATTACHMENT,
    /** An env value is the Cloud SQL instance's connection name. */
    CONNECTION_NAME
  }

  /** "REDIS_HOST holds its address", "REDIS_HOST is computed from it", "it attaches it". */
  public String how() {
    String var = env.flatMap(e -> e.name().known()).orElse("an env value");
    return switch (evidence) {
      case ADDRESS -> var + " holds its address";
      case URL -> var + " holds a URL to it";
      case REFERENCE -> var + " is computed from it in Terraform";
      case DATA_SOURCE -> var + " is read from it with a data source";
      case ATTACHMENT -> "it attaches it";
      case CONNECTION_NAME -> var + " holds its connection name";
    };
  }
}
