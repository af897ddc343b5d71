package io.vpcgate.input;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a JSON input is, so that a file given to the wrong option is named for what it is ("is a
 * Terraform plan, not state: give it with --plan") instead of read as an empty something else.
 */
public enum InputShape {
  PLAN("a Terraform plan (terraform show -json PLANFILE)", "--plan"),
  STATE("Terraform state", "--state"),
  SNAPSHOT("a Cloud Asset snapshot", "--snapshot"),
  OTHER("", "");

  private final String description;
  private final String option;

  InputShape(String description, String option) {
    this.description = description;
    this.option = option;
  }

  public static InputShape of(JsonNode root) {
    if (root == null) {
      return OTHER;
    }
    if (root.isArray()) {
      return SNAPSHOT;
    }
    if (!root.isObject()) {
      return OTHER;
    }
    if (root.has("format_version")
        && (root.has("resource_changes") || root.has("planned_values") || root.has("prior_state") || root.has("configuration"))) {
      return PLAN;
    }
    if (root.has("format_version") || root.path("version").isInt() && root.has("resources") && root.has("lineage")) {
      return STATE;
    }
    if (root.has("version") && root.has("terraform_version") && root.has("resources")) {
      return STATE;
    }
    if ((root.has("assetType") || root.has("asset_type")) && root.has("name")) {
      return SNAPSHOT;
    }
    return OTHER;
  }

  /**
   * Throws the input error for {@code root}, read from {@code source} where {@code expected} was
   * wanted, when it is something else vpcgate reads ("is a Terraform plan, not Terraform state:
   * give it with --plan"); returns its shape otherwise.
   */
  public static InputShape require(JsonNode root, String source, InputShape expected) {
    InputShape shape = of(root);
    if (shape != expected && shape != OTHER) {
      throw new InputException(source + " is " + shape.description + ", not " + expected.description
          + ": give it with " + shape.option);
    }
    return shape;
  }
}
