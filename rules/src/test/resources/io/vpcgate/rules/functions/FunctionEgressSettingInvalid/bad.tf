provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloudfunctions_function" "hyphen" {
  name          = "hyphen"
  runtime       = "nodejs20"
  vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
  # BUG: Finding contains: vpc_connector_egress_settings = "all-traffic" is not PRIVATE_RANGES_ONLY or ALL_TRAFFIC
  vpc_connector_egress_settings = "all-traffic"
}
resource "google_cloudfunctions_function" "lower" {
  name          = "lower"
  runtime       = "nodejs20"
  vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
  # WARN: Finding contains: passes the provider's check, which ignores case
  # FIX: Write vpc_connector_egress_settings = "ALL_TRAFFIC"
  vpc_connector_egress_settings = "all_traffic"
}
resource "google_cloudfunctions_function" "direct_enum_on_gen1" {
  name          = "direct-enum-on-gen1"
  runtime       = "nodejs20"
  vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
  # BUG: Finding contains: is Direct VPC's value (direct_vpc_egress, which 1st gen functions do not have)
  # FIX: Set vpc_connector_egress_settings = "ALL_TRAFFIC"
  vpc_connector_egress_settings = "VPC_EGRESS_ALL_TRAFFIC"
}
resource "google_cloudfunctions2_function" "swapped_connector" {
  name     = "swapped-connector"
  location = "us-central1"
  service_config {
    vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
    # BUG: Finding contains: vpc_connector_egress_settings = "VPC_EGRESS_PRIVATE_RANGES_ONLY" is Direct VPC's value
    vpc_connector_egress_settings = "VPC_EGRESS_PRIVATE_RANGES_ONLY"
  }
}
resource "google_cloudfunctions2_function" "swapped_direct" {
  name     = "swapped-direct"
  location = "us-central1"
  service_config {
    direct_vpc_network_interface {
      network    = "vpc"
      subnetwork = "serverless"
    }
    # BUG: Finding contains: direct_vpc_egress = "ALL_TRAFFIC" is a connector's value
    # FIX: Set direct_vpc_egress = "VPC_EGRESS_ALL_TRAFFIC"
    direct_vpc_egress = "ALL_TRAFFIC"
  }
}
resource "google_cloudfunctions2_function" "typo" {
  name     = "typo"
  location = "us-central1"
  service_config {
    direct_vpc_network_interface {
      network = "vpc"
    }
    # BUG: Finding contains: direct_vpc_egress = "VPC_EGRESS_ALL" is not a value of its enum
    direct_vpc_egress = "VPC_EGRESS_ALL"
  }
}
