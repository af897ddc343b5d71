package io.vpcgate.gcp;

import java.util.List;

/**
 * How an export is laid out in its dataset, which decides its columns. One table ({@code
 * --bigquery-table} alone): snake_case columns, {@code resource.data} a JSON string. Per asset type
 * ({@code --per-asset-type}): camelCase columns, {@code resource.data} a RECORD of the API's fields
 * (deeper than 15 levels, a JSON string inside it), read back as JSON with {@code TO_JSON_STRING}.
 * See "Casing" and "BigQuery schema for the export" in
 * https://cloud.google.com/asset-inventory/docs/export-bigquery.
 */
record AssetTableLayout(boolean perType, List<String> tables) {
  AssetTableLayout {
    tables = List.copyOf(tables);
  }

  static AssetTableLayout single(String table) {
    return new AssetTableLayout(false, List.of(table));
  }

  static AssetTableLayout perType(List<String> tables) {
    return new AssetTableLayout(true, tables);
  }

  /** The SELECT list that gives every layout the same five columns: name, assetType, location, data, ancestors. */
  String columns() {
    return perType
        ? "name, assetType, resource.location AS location, TO_JSON_STRING(resource.data) AS data, ancestors"
        : "name, asset_type AS assetType, resource.location AS location, resource.data AS data, ancestors";
  }

  /** The column that holds the asset type, as the layout spells it. */
  String typeColumn() {
    return perType ? "assetType" : "asset_type";
  }
}
