provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_compute_network" "vpc" {
  name = "prod-vpc"
}
resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.8.0.0/24"
  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.9.0.0/16"
  }
}
resource "google_vpc_access_connector" "in_subnet" {
  name          = "in-subnet"
  network       = google_compute_network.vpc.name
  # BUG: Finding contains: overlaps subnet app (10.8.0.0/24) in network prod-vpc
  ip_cidr_range = "10.8.0.16/28"
}
resource "google_vpc_access_connector" "in_pods" {
  name          = "in-pods"
  network       = google_compute_network.vpc.name
  # BUG: Finding contains: overlaps secondary range of subnet app (10.9.0.0/16)
  ip_cidr_range = "10.9.4.0/28"
}
resource "google_vpc_access_connector" "copy_a" {
  name          = "copy-a"
  network       = google_compute_network.vpc.self_link
  # BUG: Finding contains: overlaps connector google_vpc_access_connector.copy_b
  ip_cidr_range = "10.10.0.0/28"
}
resource "google_vpc_access_connector" "copy_b" {
  name          = "copy-b"
  network       = google_compute_network.vpc.id
  # BUG: Finding contains: overlaps connector google_vpc_access_connector.copy_a
  ip_cidr_range = "10.10.0.0/28"
}
