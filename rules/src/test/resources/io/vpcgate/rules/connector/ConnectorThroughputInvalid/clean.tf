provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "instances" {
  name          = "instances"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 10
}
