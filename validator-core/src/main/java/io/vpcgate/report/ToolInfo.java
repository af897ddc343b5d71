package io.vpcgate.report;

/** The tool's name and version, as reports print them. */
public record ToolInfo(String name, String version) {}
