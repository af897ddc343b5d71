package io.vpcgate.kind;

import io.vpcgate.model.Resource;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A field whose change Terraform cannot make in place: given the desired resource and the resource
 * as it is (live, or last applied), why the apply replaces it ({@code ip_cidr_range 10.1.0.0/28 ->
 * 10.166.0.0/28}), or empty when this field does not (or one side does not know it).
 */
public record ForceNew<R extends Resource>(String field, BiFunction<R, R, Optional<String>> why) {

  @SuppressWarnings("unchecked")
  public Optional<String> why(Resource desired, Resource before) {
    return why.apply((R) desired, (R) before);
  }
}
