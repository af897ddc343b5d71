provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "network" {}
resource "google_vpc_access_connector" "by_network" {
  name          = "by-network"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_vpc_access_connector" "by_subnet" {
  name = "by-subnet"
  subnet {
    name       = "serverless-usc1"
    project_id = "host-project"
  }
}
resource "google_vpc_access_connector" "unknown_network" {
  name          = "unknown-network"
  network       = var.network
  ip_cidr_range = "10.8.0.16/28"
}
