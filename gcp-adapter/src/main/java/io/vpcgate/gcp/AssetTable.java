package io.vpcgate.gcp;

import java.util.regex.Matcher;

/**
 * A Cloud Asset Inventory export in BigQuery, as {@code --asset-table PROJECT.DATASET.TABLE} names it:
 * one table ({@code gcloud asset export --bigquery-table TABLE}), or the prefix of the per-asset-type
 * tables {@code --per-asset-type} writes. Their names are the prefix, "_", and the asset type with every
 * character that is not a letter or digit replaced by "_": {@code storage.googleapis.com/Bucket} in
 * {@code mytable_storage_googleapis_com_Bucket} (the {@code separateTablesPerAssetType} field of
 * BigQueryDestination, https://cloud.google.com/asset-inventory/docs/reference/rest/v1/TopLevel/exportAssets#bigquerydestination).
 */
public record AssetTable(String project, String dataset, String table) {
  /** The table {@code text} names; IllegalArgumentException when it is not PROJECT.DATASET.TABLE. */
  public static AssetTable parse(String text) {
    Matcher m = io.vpcgate.engine.LiveSource.ASSET_TABLE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("expected PROJECT.DATASET.TABLE, got '" + text + "'");
    }
    return new AssetTable(m.group(1), m.group(2), m.group(3));
  }

  /** The per-asset-type table of {@code assetType} when this names their prefix. */
  public String perType(String assetType) {
    return table + "_" + assetType.replaceAll("[^A-Za-z0-9]", "_");
  }

  /** {@code `project.dataset.table`}, as Standard SQL quotes a table path. */
  static String quoted(String project, String dataset, String table) {
    return "`" + project + "." + dataset + "." + table + "`";
  }

  @Override
  public String toString() {
    return project + "." + dataset + "." + table;
  }
}
