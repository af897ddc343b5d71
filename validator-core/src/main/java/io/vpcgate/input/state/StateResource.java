package io.vpcgate.input.state;

import io.vpcgate.input.hcl.Value;

/** One resource instance in Terraform state: its address, type, provider id and attributes (sensitive ones unknown). */
public record StateResource(String address, String type, String id, Value.MapV attributes) {}
