provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloudfunctions2_function" "direct_setting_on_connector" {
  name     = "direct-setting-on-connector"
  location = "us-central1"
  service_config {
    vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
    # WARN: Finding contains: sets direct_vpc_egress = "VPC_EGRESS_ALL_TRAFFIC" but has no direct_vpc_network_interface; its connector is steered by vpc_connector_egress_settings
    # FIX: Set vpc_connector_egress_settings = "ALL_TRAFFIC" and remove direct_vpc_egress
    direct_vpc_egress = "VPC_EGRESS_ALL_TRAFFIC"
  }
}
resource "google_cloudfunctions2_function" "connector_setting_on_direct" {
  name     = "connector-setting-on-direct"
  location = "us-central1"
  service_config {
    direct_vpc_network_interface {
      network = "vpc"
    }
    # WARN: Finding contains: sets vpc_connector_egress_settings = "ALL_TRAFFIC" but has no vpc_connector; its Direct VPC egress is steered by direct_vpc_egress
    # FIX: Set direct_vpc_egress = "VPC_EGRESS_ALL_TRAFFIC"
    vpc_connector_egress_settings = "ALL_TRAFFIC"
  }
}
resource "google_cloudfunctions_function" "no_path" {
  name    = "no-path"
  runtime = "nodejs20"
  # WARN: Finding contains: sets vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY" but has no vpc_connector; the setting steers nothing
  vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
}
