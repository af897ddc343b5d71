provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "both" {
  name          = "both"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  # BUG: Finding contains: sets both network and subnet
  subnet {
    name = "serverless"
  }
}
resource "google_vpc_access_connector" "neither" {
  # BUG: Finding contains: sets neither network nor subnet
  name = "neither"
}
resource "google_vpc_access_connector" "range_with_subnet" {
  name          = "range-subnet"
  # BUG: Finding contains: sets ip_cidr_range together with subnet
  ip_cidr_range = "10.8.0.16/28"
  subnet {
    name = "serverless"
  }
}
resource "google_vpc_access_connector" "network_without_range" {
  name    = "no-range"
  # BUG: Finding contains: sets network without ip_cidr_range
  network = "vpc"
}
