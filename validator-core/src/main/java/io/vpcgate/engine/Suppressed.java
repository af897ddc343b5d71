package io.vpcgate.engine;

/**
 * A finding that was suppressed, and by what: {@code kind} is {@code inline} (a {@code
 * vpcgate:ignore} comment, {@code where} its file:line), {@code baseline} (a baseline file) or
 * {@code config} (drift.ignore in .vpcgate.yml).
 * Suppressed findings are reported and counted, never silently dropped.
 */
public record Suppressed(Finding finding, String kind, String reason, String where) {}
