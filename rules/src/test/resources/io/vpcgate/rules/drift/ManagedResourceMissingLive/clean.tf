provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.1.0.0/28"
}
# Its region was not read (the snapshot's coverage names us-central1 only): not evaluated, never "missing".
resource "google_vpc_access_connector" "eu" {
  name          = "eu-conn"
  region        = "europe-west1"
  network       = "vpc"
  ip_cidr_range = "10.3.0.0/28"
}
