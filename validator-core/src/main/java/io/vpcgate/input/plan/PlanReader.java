package io.vpcgate.input.plan;

import static io.vpcgate.model.Addresses.withoutIndexes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.JsonValues;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.ConfiguredPaths;
import io.vpcgate.input.terraform.TerraformConfig;
import io.vpcgate.input.terraform.TfResource;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.PlannedChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code terraform show -json PLANFILE}: every managed resource's planned values (unknown and
 * sensitive leaves made unknown), its actions and replace paths. When the module's HCL was read
 * too, each resource keeps the .tf file and line of its block and attributes; otherwise findings
 * point at the resource address.
 */
public final class PlanReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PlanReader() {}

  public static TerraformConfig read(Path file, Optional<TerraformConfig> hcl) {
    String text;
    text = io.vpcgate.input.InputText.read(file).text();
    return parse(text, file.toString(), hcl);
  }

  public static TerraformConfig parse(String text, String source, Optional<TerraformConfig> hcl) {
    return parsePlan(text, source, hcl).config();
  }

  /** The plan's resources after apply, and the state it was made against (its {@code prior_state}). */
  public static ReadPlan parsePlan(String text, String source, Optional<TerraformConfig> hcl) {
    JsonNode plan;
    try {
      plan = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new InputException(source + ":" + line + ": invalid JSON: " + e.getOriginalMessage());
    }
    io.vpcgate.input.InputShape.require(plan, source, io.vpcgate.input.InputShape.PLAN);
    if (plan == null || !plan.isObject() || !plan.has("format_version")
        || !(plan.has("resource_changes") || plan.has("planned_values"))) {
      throw new InputException(source + ": not a Terraform plan (expected the output of terraform show -json PLANFILE)");
    }
    Map<String, TfResource> fromHcl = new HashMap<>();
    hcl.ifPresent(c -> c.resources().forEach(r -> {
      fromHcl.put(r.address(), r);
      fromHcl.putIfAbsent(withoutIndexes(r.address()), r);
    }));
    PlanConfiguration configuration = PlanConfiguration.of(plan);
    if (hcl.isPresent()) {
      undeclared(plan.path("configuration").path("root_module"), "", hcl.get().declared()).ifPresent(address -> {
        throw new InputException(source + ": its configuration declares " + address + ", which the Terraform directory "
            + "given does not (a plan made from another directory or commit?)");
      });
    }
    JsonNode google = plan.path("configuration").path("provider_config").path("google");
    Attr<String> project = constant(google, "project");
    Attr<String> region = constant(google, "region");
    List<TfResource> out = new ArrayList<>();
    for (JsonNode rc : plan.path("resource_changes")) {
      if (!"managed".equals(rc.path("mode").asText())) {
        continue;
      }
      String address = text(rc, "address", source);
      String type = text(rc, "type", source);
      JsonNode change = rc.path("change");
      List<String> actions = new ArrayList<>();
      change.path("actions").forEach(a -> actions.add(a.asText()));
      if (actions.equals(List.of("read")) || actions.isEmpty()) {
        continue;
      }
      List<String> replacePaths = new ArrayList<>();
      change.path("replace_paths").forEach(p -> {
        List<String> parts = new ArrayList<>();
        p.forEach(x -> parts.add(x.asText()));
        replacePaths.add(String.join(".", parts));
      });
      boolean deletes = actions.equals(List.of("delete"));
      Value values = deletes
          ? JsonValues.convert(change.get("before"), null, change.get("before_sensitive"))
          : JsonValues.convert(change.get("after"), change.get("after_unknown"), change.get("after_sensitive"));
      if (!(values instanceof Value.MapV config)) {
        throw new InputException(source + ": resource " + address + " has no planned values");
      }
      TfResource declared = fromHcl.getOrDefault(address, fromHcl.get(withoutIndexes(address)));
      Location location = declared != null ? declared.location() : new Location.CloudLocation(address);
      Map<String, Location> attributes = declared != null ? declared.attributeLocations() : new HashMap<>();
      if (declared == null) {
        Optional<java.util.Set<String>> paths = configuration.paths(withoutIndexes(address));
        paths.ifPresent(ps -> ps.forEach(p -> attributes.put(p, location)));
        if (paths.isPresent()) {
          ConfiguredPaths.addDynamicBlocks(attributes, config, location);
        }
      }
      if (declared != null) {
        config = (Value.MapV) ListAlignment.alignByName(config, declared.config());
      }
      // Null is unset: a path configured in HCL whose planned value is null is not configured.
      Map<String, Location> configured = ConfiguredPaths.withoutNulls(attributes, config);
      out.add(new TfResource(type, address, location, config, configured, project, region,
          new PlannedChange(actions, replacePaths), declared != null ? declared.ignoreChanges() : List.of(),
          declared != null ? declared.references() : configuration.references(withoutIndexes(address)),
          declared != null ? declared.attributeReferences() : configuration.attributeReferences(withoutIndexes(address)),
          declared != null ? declared.valueLocations() : Map.of()));
    }
    // The plan has what HCL alone could not resolve (count, modules, variables), so HCL's notes do not apply.
    return new ReadPlan(new TerraformConfig(out, List.of(), hcl.map(TerraformConfig::suppressionSources).orElse(Map.of()),
        hcl.map(TerraformConfig::dataSources).orElse(List.of())), StateReader.priorState(plan, source));
  }

  /** The first managed resource of the plan's configuration that {@code declared} cannot hold, if any. */
  private static Optional<String> undeclared(JsonNode module, String prefix, io.vpcgate.input.terraform.Declared declared) {
    for (JsonNode r : module.path("resources")) {
      String address = prefix + r.path("address").asText();
      if ("managed".equals(r.path("mode").asText()) && !declared.mayDeclare(address)) {
        return Optional.of(address);
      }
    }
    var calls = module.path("module_calls").fields();
    while (calls.hasNext()) {
      var call = calls.next();
      Optional<String> inner = undeclared(call.getValue().path("module"), prefix + "module." + call.getKey() + ".", declared);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  private static String text(JsonNode n, String field, String source) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new InputException(source + ": a resource change has no " + field);
    }
    return v.asText();
  }

  private static Attr<String> constant(JsonNode provider, String name) {
    JsonNode v = provider.path("expressions").path(name).path("constant_value");
    return v.isTextual() ? Attr.known(v.asText()) : Attr.absent();
  }
}
