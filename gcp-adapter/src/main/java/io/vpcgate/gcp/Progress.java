package io.vpcgate.gcp;

/** What a live read is doing, for a person watching a terminal; silent by default. */
public interface Progress {
  Progress SILENT = new Progress() {};

  default void reading(String what) {}

  default void read(String what, int resources) {}
}
