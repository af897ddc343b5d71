package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.bigquery.BigQuery;
import com.google.cloud.bigquery.DatasetId;
import com.google.cloud.bigquery.FieldValueList;
import com.google.cloud.bigquery.Job;
import com.google.cloud.bigquery.JobId;
import com.google.cloud.bigquery.JobInfo;
import com.google.cloud.bigquery.JobStatistics;
import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.Table;
import com.google.cloud.bigquery.TableId;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.input.InputException;
import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.kind.Kind;
import io.vpcgate.kinds.Kinds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Live state from a Cloud Asset Inventory export in BigQuery ({@code --asset-table}): one query job
 * over the table (or the per-asset-type tables of the types vpcgate reads), asking only for the asset
 * types of the kinds registry and, when the Terraform names projects, only those projects, so that
 * BigQuery filters and vpcgate receives only rows it maps. A dry run first says how many bytes the
 * query will scan; the job's statistics say how many it scanned and billed. Read-only: tables.get,
 * tables.list, a query job without destination, its results.
 *
 * <p><b>Coverage.</b> The rows map through the snapshot reader exactly as a plain Cloud Asset export
 * does: a kind counts as read for a project only where the table holds rows of that kind's API for
 * that project. Not "complete", even for a query unfiltered by project: the project filter narrows
 * what vpcgate asks, not what the export holds, and whether the export was made with {@code
 * --asset-types} cannot be told from the table, as it cannot from a file. So a project with no Redis
 * rows has its Redis "not evaluated", never "has no Redis".
 *
 * <p>A failed read (permission denied, no such table, a query error, no answer before the deadline)
 * is a gap naming the table and the cause, so the run is incomplete and fails closed; refused
 * credentials and a malformed row are input errors.
 */
final class AssetTableReader {
  private static final int PAGE_SIZE = 10_000;
  private static final String API = "bigquery.googleapis.com";

  private final Clients clients;
  private final Progress progress;
  private final Consumer<String> messages;

  AssetTableReader(Clients clients, Progress progress, Consumer<String> messages) {
    this.clients = clients;
    this.progress = progress;
    this.messages = messages;
  }

  /** The asset types read from a table: those of the kinds Cloud Asset Inventory exports. */
  static List<String> types() {
    return AssetFetcher.RESOURCE_TYPES;
  }

  LiveRead read(AssetTable table, Set<String> projects, Duration callTimeout, Duration deadline) {
    Set<String> kinds = kinds();
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "vpcgate-bigquery");
      t.setDaemon(true);
      return t;
    });
    Calls calls = new Calls();
    try {
      Future<List<ObjectNode>> rows = pool.submit(() -> rows(table, projects.stream().sorted().toList(), calls));
      List<ObjectNode> assets = rows.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      assets.forEach(array::add);
      // The coverage a plain export implies (see the class comment), recorded with the assets.
      var coverage = SnapshotReader.parseSnapshot(array.toString(), table.toString(), false).coverage();
      return new LiveRead(assets, coverage, false, List.of(), List.of(), calls.count());
    } catch (TimeoutException e) {
      return gap(table, kinds, new TimeoutException(), deadline, calls);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputException input) {
        throw input;
      }
      if (TableFailure.unauthenticated(cause)) {
        throw new InputException("BigQuery refused the credentials (UNAUTHENTICATED) when reading " + table
            + "; perhaps you should run `gcloud auth application-default login`, or pass --snapshot live.json");
      }
      return gap(table, kinds, cause, callTimeout, calls);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return gap(table, kinds, e, deadline, calls);
    } finally {
      pool.shutdownNow();
    }
  }

  private List<ObjectNode> rows(AssetTable table, List<String> projects, Calls calls) throws InterruptedException {
    BigQuery bq = clients.bigQuery(table.project());
    AssetTableLayout layout = layout(bq, table, calls);
    QueryJobConfiguration query = AssetTableQuery.of(table, layout, types(), projects);
    String what = table + (projects.isEmpty() ? "" : " for " + String.join(", ", projects));
    Job dry = bq.create(JobInfo.of(query.toBuilder().setDryRun(true).build()));
    calls.add();
    Long estimate = ((JobStatistics.QueryStatistics) dry.getStatistics()).getTotalBytesProcessed();
    progress.reading("assets in " + what + (estimate == null ? "" : " (BigQuery will scan " + Megabytes.of(estimate) + ")"));
    Job job = bq.create(JobInfo.of(JobId.of(table.project(), "vpcgate_" + UUID.randomUUID()), query));
    calls.add();
    List<ObjectNode> out = new ArrayList<>();
    var page = job.getQueryResults(BigQuery.QueryResultsOption.pageSize(PAGE_SIZE));
    calls.add();
    while (page != null) {
      for (FieldValueList row : page.getValues()) {
        out.add(AssetRows.asset(row, table));
      }
      page = page.hasNextPage() ? page.getNextPage() : null;
      if (page != null) {
        calls.add();
      }
    }
    Job done = job.reload();
    calls.add();
    JobStatistics.QueryStatistics stats = done.getStatistics();
    messages.accept("BigQuery scanned " + Megabytes.of(orZero(stats.getTotalBytesProcessed())) + " of " + table
        + " (billed " + Megabytes.of(orZero(stats.getTotalBytesBilled())) + ", " + out.size() + " rows)");
    progress.read("assets in " + what, out.size());
    return out;
  }

  /**
   * One table, when {@code table} names one; else the per-asset-type tables of the types vpcgate
   * reads that exist under that prefix (the export writes a table only for a type it has assets of).
   */
  private static AssetTableLayout layout(BigQuery bq, AssetTable table, Calls calls) {
    Table one = bq.getTable(TableId.of(table.project(), table.dataset(), table.table()));
    calls.add();
    if (one != null) {
      return AssetTableLayout.single(table.table());
    }
    Set<String> existing = new LinkedHashSet<>();
    var listed = bq.listTables(DatasetId.of(table.project(), table.dataset()), BigQuery.TableListOption.pageSize(1000));
    calls.add();
    listed.iterateAll().forEach(t -> existing.add(t.getTableId().getTable()));
    List<String> perType = types().stream().map(table::perType).filter(existing::contains).toList();
    if (perType.isEmpty()) {
      throw new com.google.cloud.bigquery.BigQueryException(404, "no table " + table.table() + " in "
          + table.project() + "." + table.dataset() + ", nor per-asset-type tables " + table.table() + "_<asset type>");
    }
    return AssetTableLayout.perType(perType);
  }

  private LiveRead gap(AssetTable table, Set<String> kinds, Throwable e, Duration timeout, Calls calls) {
    String because = TableFailure.because(e, timeout);
    return new LiveRead(List.of(), io.vpcgate.model.Coverage.NONE, false,
        List.of(new LiveGap(API, "cannot read the asset table " + table + ": " + because, kinds)), List.of(), calls.count());
  }

  /** The kinds a table holds (those Cloud Asset Inventory exports, and those read with them): what a failed read leaves unknown. */
  private static Set<String> kinds() {
    Set<String> out = new LinkedHashSet<>();
    Kinds.ALL.stream().filter(Kind::inCloudAsset).forEach(k -> out.add(k.name()));
    Kinds.ALL.stream().filter(k -> k.readWith().map(out::contains).orElse(false)).forEach(k -> out.add(k.name()));
    return out;
  }

  private static long orZero(Long n) {
    return n == null ? 0 : n;
  }
}
