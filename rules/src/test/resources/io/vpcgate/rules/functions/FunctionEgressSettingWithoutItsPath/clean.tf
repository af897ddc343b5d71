provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloudfunctions2_function" "connector" {
  name     = "connector"
  location = "us-central1"
  service_config {
    vpc_connector                 = "projects/acme/locations/us-central1/connectors/conn"
    vpc_connector_egress_settings = "ALL_TRAFFIC"
  }
}
resource "google_cloudfunctions2_function" "direct" {
  name     = "direct"
  location = "us-central1"
  service_config {
    direct_vpc_network_interface {
      network = "vpc"
    }
    direct_vpc_egress = "VPC_EGRESS_ALL_TRAFFIC"
  }
}
resource "google_cloudfunctions_function" "connector" {
  name                          = "connector-v1"
  runtime                       = "nodejs20"
  vpc_connector                 = "projects/acme/locations/us-central1/connectors/conn"
  vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
}
resource "google_cloudfunctions_function" "none" {
  name    = "none"
  runtime = "nodejs20"
}
