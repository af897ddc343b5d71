package io.vpcgate.kinds;

import io.vpcgate.input.plan.PlanReader;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.input.state.StateGraph;
import io.vpcgate.input.state.StateReader;
import io.vpcgate.input.terraform.TerraformMapper;
import io.vpcgate.input.terraform.TerraformOptions;
import io.vpcgate.input.terraform.TerraformReader;
import io.vpcgate.model.ResourceGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One kind read from each input: HCL, a plan, a state, a Cloud Asset Inventory export. */
final class KindFixtures {
  private KindFixtures() {}

  static ResourceGraph hcl(Path dir, String tf) {
    try {
      Files.writeString(dir.resolve("main.tf"), tf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
  }

  /** A plan that creates one resource: {@code after} its known values, {@code afterUnknown} what apply decides. */
  static ResourceGraph planCreating(String address, String type, String after, String afterUnknown) {
    String plan = """
        {"format_version": "1.2", "resource_changes": [{"address": "%s", "mode": "managed", "type": "%s", "name": "x",
          "change": {"actions": ["create"], "before": null, "after": %s, "after_unknown": %s, "after_sensitive": {}}}]}"""
        .formatted(address, type, after, afterUnknown);
    return TerraformMapper.toGraph(PlanReader.parse(plan, "plan.json", Optional.empty()));
  }

  /** A `terraform show -json` state holding one resource with {@code values}. */
  static ResourceGraph state(String address, String type, String values) {
    String state = """
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "%s", "mode": "managed", "type": "%s", "name": "x", "values": %s}]}}}"""
        .formatted(address, type, values);
    return StateGraph.of(StateReader.parse(state, "state.json"));
  }

  /** One line of a `gcloud asset export` (snake_case keys). */
  static ResourceGraph exportLine(String name, String assetType, String location, String data) {
    String line = """
        {"name": "%s", "asset_type": "%s", "resource": {"version": "v1", "location": "%s", "data": %s}}"""
        .formatted(name, assetType, location, data).replace("\n", " ");
    return SnapshotReader.parse(line + "\n", "export.ndjson");
  }
}
