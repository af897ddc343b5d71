package io.vpcgate.model;

/** Which graph a resource came from. */
public enum Side {
  /** Terraform: HCL, plan or state. */
  DESIRED,
  /** The live project or a snapshot of it. */
  LIVE
}
