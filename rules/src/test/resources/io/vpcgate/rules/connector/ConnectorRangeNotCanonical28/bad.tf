provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_compute_network" "auto" {
  name = "auto-vpc"
}
resource "google_vpc_access_connector" "wide" {
  name          = "wide"
  network       = "vpc"
  # BUG: Finding contains: is a /20; a connector needs exactly a /28
  ip_cidr_range = "10.8.0.0/20"
}
resource "google_vpc_access_connector" "host_bits" {
  name          = "host-bits"
  network       = "vpc"
  # BUG: Finding contains: 10.8.0.5/28 has host bits set
  ip_cidr_range = "10.8.0.5/28"
}
resource "google_vpc_access_connector" "garbage" {
  name          = "garbage"
  network       = "vpc"
  # BUG: Finding contains: "10.8.0.0" is not an IPv4 CIDR range
  ip_cidr_range = "10.8.0.0"
}
resource "google_vpc_access_connector" "auto_mode" {
  name          = "auto-mode"
  network       = google_compute_network.auto.name
  # BUG: Finding contains: lies in 10.128.0.0/9, which auto-mode network auto-vpc reserves
  ip_cidr_range = "10.132.0.0/28"
}
resource "google_vpc_access_connector" "shared_space" {
  name          = "cgnat"
  network       = "vpc"
  # WARN: Finding contains: 100.64.0.0/28 is outside RFC 1918
  ip_cidr_range = "100.64.0.0/28"
}
