provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "subnet_range" {}
resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/24"
}
resource "google_compute_subnetwork" "unknown" {
  name          = "unknown"
  network       = "prod-vpc"
  ip_cidr_range = var.subnet_range
}
resource "google_compute_subnetwork" "other_network" {
  name          = "other"
  network       = "other-vpc"
  ip_cidr_range = "10.20.0.0/24"
}
resource "google_vpc_access_connector" "free" {
  name          = "free"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.1.0/28"
}
resource "google_vpc_access_connector" "same_range_other_network" {
  name          = "elsewhere"
  network       = "prod-vpc"
  ip_cidr_range = "10.20.0.0/28"
}
