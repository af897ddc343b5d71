package io.vpcgate.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts (inherited by the subcommands). */
public final class GlobalOptions {
  @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces for errors.")
  boolean debug;
}
