package io.vpcgate.graph;

import io.vpcgate.model.DataStore;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.Workload;
import java.util.Optional;

/**
 * An IPv4 endpoint a workload's env holds as a literal (secret-backed and unknown values are never
 * read), and the data store at that address when one is known in the world after deploy.
 */
public record EnvEndpoint(Workload workload, EnvVar env, Endpoint endpoint, Optional<DataStore> store) {
  public String envName() {
    return env.name().known().orElse("?");
  }
}
