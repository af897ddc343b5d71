provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloudfunctions2_function" "connector" {
  name     = "connector"
  location = "us-central1"
  service_config {
    vpc_connector = google_vpc_access_connector.conn.id
  }
}
resource "google_cloudfunctions2_function" "direct" {
  name     = "direct"
  location = "us-central1"
  service_config {
    direct_vpc_network_interface {
      network = "vpc"
    }
  }
}
resource "google_cloudfunctions2_function" "neither" {
  name     = "neither"
  location = "us-central1"
  service_config {
    max_instance_count = 3
  }
}
