package io.vpcgate.engine;

/** What a rule needs to run. */
public enum Input {
  /** Terraform: HCL or plan. */
  DESIRED,
  /** The live project, through the APIs or a snapshot. */
  LIVE,
  /** Terraform state: what the last apply made true. */
  STATE,
  /**
   * What exists before this deploy: the live project, else the last-applied state (Terraform
   * state, else a plan's prior state); see {@link Existing}.
   */
  EXISTING,
  /** A Terraform plan (--plan): what the deploy changes. */
  PLAN
}
