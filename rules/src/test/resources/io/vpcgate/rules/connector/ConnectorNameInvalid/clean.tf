provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "name" {}
resource "google_vpc_access_connector" "ok" {
  name          = "staging-connector"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_vpc_access_connector" "two_chars" {
  name          = "c1"
  network       = "vpc"
  ip_cidr_range = "10.8.0.16/28"
}
resource "google_vpc_access_connector" "from_variable" {
  name          = var.name
  network       = "vpc"
  ip_cidr_range = "10.8.0.32/28"
}
