package io.vpcgate.gcp;

import com.google.cloud.bigquery.QueryJobConfiguration;
import com.google.cloud.bigquery.QueryParameterValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one query vpcgate runs on an asset table: only the asset types the kinds registry reads
 * ({@code assetType IN UNNEST(@types)}), and when the Terraform names its projects, only their
 * assets, so that BigQuery filters and returns only what is mapped. Read-only: a SELECT in a query
 * job with no destination table, no DML, no cache bypass; the values are query parameters, never
 * spliced into the SQL.
 *
 * <p>The project filter keeps an asset whose name's project segment ({@code /projects/ID/...}) is
 * one of {@code @projects}, and every asset named by project <em>number</em> (Cloud Asset Inventory
 * names projects and secrets so): the number is only translated to an id once the Project assets
 * are read (SnapshotReader), so filtering them here would drop the Terraform's own secrets.
 */
final class AssetTableQuery {
  private AssetTableQuery() {}

  static QueryJobConfiguration of(AssetTable table, AssetTableLayout layout, List<String> types, List<String> projects) {
    String union = layout.tables().stream()
        .map(t -> "SELECT " + layout.columns() + " FROM " + AssetTable.quoted(table.project(), table.dataset(), t)
            + " WHERE " + layout.typeColumn() + " IN UNNEST(@types)")
        .collect(Collectors.joining("\nUNION ALL\n"));
    String sql = projects.isEmpty() ? union
        : "SELECT * FROM (\n" + union + "\n)\nWHERE REGEXP_EXTRACT(name, r'/projects/([^/]+)') IN UNNEST(@projects)"
            + "\n   OR REGEXP_CONTAINS(name, r'/projects/[0-9]+(/|$)')";
    QueryJobConfiguration.Builder b = QueryJobConfiguration.newBuilder(sql).setUseLegacySql(false)
        .addNamedParameter("types", QueryParameterValue.array(types.toArray(String[]::new), String.class));
    if (!projects.isEmpty()) {
      b.addNamedParameter("projects", QueryParameterValue.array(projects.toArray(String[]::new), String.class));
    }
    return b.build();
  }
}
