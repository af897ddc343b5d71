provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "odd" {
  name          = "odd"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
  # BUG: Finding contains: min_throughput = 250 is not a multiple of 100 between 200 and 900
  min_throughput = 250
  max_throughput = 1000
}

resource "google_vpc_access_connector" "too_much" {
  name          = "too-much"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.16/28"
  min_throughput = 200
  # BUG: Finding contains: max_throughput = 2000 is not a multiple of 100 between 300 and 1000
  max_throughput = 2000
}

resource "google_vpc_access_connector" "inverted" {
  name          = "inverted"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.32/28"
  # BUG: Finding contains: min_throughput = 600 must be less than max_throughput = 500
  min_throughput = 600
  max_throughput = 500
}

resource "google_vpc_access_connector" "legacy" {
  name          = "legacy"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.48/28"
  # WARN: Finding contains: sets min_throughput and max_throughput; the provider discourages the throughput fields
  min_throughput = 200
  max_throughput = 300
}
