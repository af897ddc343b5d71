provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.1.0.0/28"
}
