package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.ResourceGraph;
import java.util.List;

/**
 * What a live read got: the resources as Cloud Asset Inventory assets (each API's own REST JSON in
 * {@code resource.data}, exactly what {@code gcloud asset list} prints), what could not be read,
 * notes (an API not enabled: the project has none of its resources), and how many calls it took. The assets map into the model through the snapshot reader, so a
 * live run and a run on the snapshot it writes see the same world.
 */
public record LiveRead(List<ObjectNode> assets, List<LiveGap> gaps, List<String> notes, int calls) {
  public LiveRead {
    assets = List.copyOf(assets);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  /** The assets as one JSON array: a snapshot. */
  public ArrayNode asSnapshot() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    assets.forEach(array::add);
    return array;
  }

  public ResourceGraph graph() {
    return SnapshotReader.parse(asSnapshot().toString(), "live state");
  }

  public boolean isComplete() {
    return gaps.isEmpty();
  }
}
