provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "digit" {
  # BUG: Finding contains: name "1conn" does not match
  name          = "1conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_vpc_access_connector" "long" {
  # BUG: Finding contains: name "staging-serverless-connector" does not match
  name          = "staging-serverless-connector"
  network       = "vpc"
  ip_cidr_range = "10.8.0.16/28"
}
resource "google_vpc_access_connector" "upper" {
  # BUG: Finding contains: name "Conn_A" does not match
  name          = "Conn_A"
  network       = "vpc"
  ip_cidr_range = "10.8.0.32/28"
}
resource "google_vpc_access_connector" "hyphens" {
  # WARN: Finding contains: hyphens counted twice
  name          = "stg-svc-run-conn-a1"
  network       = "vpc"
  ip_cidr_range = "10.8.0.48/28"
}
