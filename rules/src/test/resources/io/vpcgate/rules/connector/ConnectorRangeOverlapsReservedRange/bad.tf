provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_compute_network" "vpc" {
  name = "prod-vpc"
}
resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = google_compute_network.vpc.id
  reserved_ip_range  = "10.8.0.0/29"
}
resource "google_compute_global_address" "psa" {
  name          = "google-managed-services"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  address       = "10.20.0.0"
  prefix_length = 16
  network       = google_compute_network.vpc.id
}
resource "google_vpc_access_connector" "egress" {
  network       = google_compute_network.vpc.name
  name          = "egress"
  # BUG: Finding contains: overlaps Redis google_redis_instance.cache reserved range 10.8.0.0/29
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_vpc_access_connector" "psa_clash" {
  network       = google_compute_network.vpc.name
  name          = "psa-clash"
  # BUG: Finding contains: overlaps Private Service Access range google_compute_global_address.psa 10.20.0.0/16
  ip_cidr_range = "10.20.8.0/28"
}
