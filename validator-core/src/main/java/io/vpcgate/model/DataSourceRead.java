package io.vpcgate.model;

/**
 * A {@code data} source the configuration reads a resource with ({@code data.google_redis_instance.shared}),
 * and the identity of the resource it reads: a value computed from it binds a workload to that resource.
 */
public record DataSourceRead(String address, ResourceId reads) {}
