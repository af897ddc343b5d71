package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.snapshot.CoverageRecord;
import io.vpcgate.input.snapshot.Snapshot;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.Coverage;
import io.vpcgate.model.ResourceGraph;
import java.util.List;

/**
 * What a live read got: the resources as Cloud Asset Inventory assets (each API's own REST JSON in
 * {@code resource.data}, exactly what {@code gcloud asset list} prints), what could not be read,
 * what it covered (kinds by project and region; {@code complete}: a Cloud Asset read of a scope,
 * which covers every kind of every project it holds), notes (an API not enabled: the project has
 * none of its resources), and how many calls it took. The assets map into the model through the snapshot reader, so a
 * live run and a run on the snapshot it writes see the same world.
 */
public record LiveRead(List<ObjectNode> assets, Coverage coverage, boolean complete, List<LiveGap> gaps,
    List<String> notes, int calls) {
  public LiveRead {
    assets = List.copyOf(assets);
    gaps = List.copyOf(gaps);
    notes = List.copyOf(notes);
  }

  /** The assets as one JSON array, with what the read covered: a snapshot. */
  public ArrayNode asSnapshot() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    assets.forEach(array::add);
    array.add(CoverageRecord.asset(coverage, complete));
    return array;
  }

  /** The live graph and its coverage, read back through the snapshot reader. */
  public Snapshot snapshot() {
    return SnapshotReader.parseSnapshot(asSnapshot().toString(), "live state", false);
  }

  public ResourceGraph graph() {
    return snapshot().graph();
  }

  public boolean isComplete() {
    return gaps.isEmpty();
  }
}
