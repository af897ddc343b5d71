provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "gone" {
  # BUG: Finding contains: google_vpc_access_connector.gone is in Terraform's state but does not exist live (acme/us-central1); it was deleted outside Terraform
  name          = "gone"
  network       = "vpc"
  ip_cidr_range = "10.7.0.0/28"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.1.0.0/28"
}
