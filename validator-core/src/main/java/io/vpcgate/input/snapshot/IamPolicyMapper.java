package io.vpcgate.input.snapshot;

import static io.vpcgate.kind.Json.array;
import static io.vpcgate.kind.Json.str;
import static io.vpcgate.kind.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.kind.Asset;
import io.vpcgate.kind.MalformedAssetException;
import io.vpcgate.model.IamPolicy;
import io.vpcgate.model.Origin;
import io.vpcgate.model.ResourceId;
import java.util.ArrayList;
import java.util.List;

/** Maps an asset's {@code iamPolicy} (from {@code gcloud asset export --content-type=iam-policy}). */
final class IamPolicyMapper {
  private IamPolicyMapper() {}

  static IamPolicy map(Asset a) {
    if (!a.iamPolicy().isObject()) {
      throw new MalformedAssetException("iamPolicy must be an object");
    }
    List<IamPolicy.Binding> bindings = new ArrayList<>();
    for (JsonNode b : array(a.iamPolicy(), "bindings")) {
      if (b.has("condition")) {
        continue; // conditional grants hold only sometimes: never counted as a grant
      }
      bindings.add(new IamPolicy.Binding(str(b, "role").known().orElse(""), strings(b, "members")));
    }
    String resource = a.resourceName();
    ResourceId id = ResourceId.of(IamPolicy.KIND, a.segment("projects"), "global", resource);
    return new IamPolicy(Origin.live(resource), id, resource, bindings, true, a.ancestors());
  }
}
