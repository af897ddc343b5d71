provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "big" {
  name          = "big"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  # BUG: Finding contains: machine_type "e2-standard-8" is not one of
  machine_type  = "e2-standard-8"
}
