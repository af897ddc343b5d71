provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "std" {
  name          = "std"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  machine_type  = "e2-standard-4"
}
resource "google_vpc_access_connector" "default_type" {
  name          = "default-type"
  network       = "vpc"
  ip_cidr_range = "10.8.0.16/28"
}
