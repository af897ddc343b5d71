provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloudfunctions2_function" "both" {
  name     = "both"
  location = "us-central1"
  service_config {
    # BUG: Finding contains: sets vpc_connector projects/acme/locations/us-central1/connectors/conn and direct_vpc_network_interface
    vpc_connector = google_vpc_access_connector.conn.id
    direct_vpc_network_interface {
      network    = "vpc"
      subnetwork = "serverless"
    }
  }
}
