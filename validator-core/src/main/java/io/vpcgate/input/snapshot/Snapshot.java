package io.vpcgate.input.snapshot;

import io.vpcgate.model.Coverage;
import io.vpcgate.model.ResourceGraph;

/** A snapshot as read: the live graph, and what it covered. */
public record Snapshot(ResourceGraph graph, Coverage coverage) {}
