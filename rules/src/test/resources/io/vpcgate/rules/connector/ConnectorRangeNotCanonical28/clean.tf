provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "range" {}
resource "google_compute_network" "custom" {
  name                    = "custom-vpc"
  auto_create_subnetworks = false
}
resource "google_vpc_access_connector" "ok" {
  name          = "ok"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_vpc_access_connector" "custom_mode_high_range" {
  name          = "custom"
  network       = google_compute_network.custom.name
  ip_cidr_range = "10.132.0.0/28"
}
resource "google_vpc_access_connector" "computed" {
  name          = "computed"
  network       = "vpc"
  ip_cidr_range = cidrsubnet("192.168.0.0/16", 12, 3)
}
resource "google_vpc_access_connector" "unknown" {
  name          = "unknown"
  network       = "vpc"
  ip_cidr_range = var.range
}
