package io.vpcgate.model;

import java.util.Optional;

/**
 * A consumer VPC network where a managed service creates its Private Service Connect endpoints
 * itself (service connectivity automation), and the project it creates them in: the project named
 * with it, else the network's own project.
 */
public record PscConsumer(Attr<NetworkRef> network, Attr<String> project) {

  /** The consumer in {@code network}, in {@code project} when it is set, else in the network's project. */
  public static PscConsumer of(Attr<NetworkRef> network, Attr<String> project) {
    if (!project.isAbsent()) {
      return new PscConsumer(network, project);
    }
    Optional<String> own = network.known().map(NetworkRef::project).filter(p -> !p.isEmpty());
    return new PscConsumer(network, own.<Attr<String>>map(Attr::known)
        .orElseGet(() -> network.isUnknown() ? Attr.unknown("the network is not known before apply") : Attr.absent()));
  }
}
