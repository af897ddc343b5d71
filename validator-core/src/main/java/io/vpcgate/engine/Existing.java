package io.vpcgate.engine;

import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceGraph;
import java.util.Optional;

/**
 * What exists before this deploy, from the best evidence the run has: the live project, else
 * what the last apply made true (Terraform state, else the state a plan was made against). A
 * judgement made from last-applied evidence says so.
 */
public record Existing(ResourceGraph graph, Source source) {

  /** Where the evidence of what exists comes from. */
  public enum Source {
    LIVE("live"),
    STATE("last-applied (Terraform state, not read live)"),
    PLAN_PRIOR("last-applied (the plan's prior state, not read live)");

    private final String label;

    Source(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean live() {
    return source == Source.LIVE;
  }

  /**
   * The resource {@code r} is now: live, the one of the same kind and identity; last-applied, the
   * one at the same Terraform address (an identity may be unknown until apply).
   */
  public Optional<Resource> twin(Resource r) {
    if (live()) {
      return graph.twin(r);
    }
    return graph.at(r.address()).stream().filter(x -> x.getClass() == r.getClass()).findFirst();
  }
}
