provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "too_many" {
  name          = "too-many"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 3
  # BUG: Finding contains: max_instances = 20 is outside the API range 3..10
  max_instances = 20
}
resource "google_vpc_access_connector" "too_few" {
  name          = "too-few"
  network       = "vpc"
  ip_cidr_range = "10.8.0.16/28"
  # BUG: Finding contains: min_instances = 1 is outside the API range 2..9
  min_instances = 1
  max_instances = 3
}
resource "google_vpc_access_connector" "inverted" {
  name          = "inverted"
  network       = "vpc"
  ip_cidr_range = "10.8.0.32/28"
  # BUG: Finding contains: min_instances = 5 must be less than max_instances = 4
  min_instances = 5
  max_instances = 4
}
resource "google_vpc_access_connector" "mixed" {
  name           = "mixed"
  network        = "vpc"
  ip_cidr_range  = "10.8.0.48/28"
  min_instances  = 2
  max_instances  = 10
  # BUG: Finding contains: sets both max_instances and max_throughput
  max_throughput = 1000
}
