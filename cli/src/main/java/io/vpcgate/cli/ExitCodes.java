package io.vpcgate.cli;

import java.util.EnumSet;
import java.util.Set;

/** A command that says which exit codes it can return: its help lists those and no others. */
interface ExitCodes {
  /** Every command can fail with a usage error and, as a bug, an internal error. */
  Set<ExitCode> ALWAYS = EnumSet.of(ExitCode.OK, ExitCode.INTERNAL_ERROR, ExitCode.USAGE);

  Set<ExitCode> exitCodes();

  /** What exit code 0 means for this command. */
  default String success() {
    return "success";
  }
}
