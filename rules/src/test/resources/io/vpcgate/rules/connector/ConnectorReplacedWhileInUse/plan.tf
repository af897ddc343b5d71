provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "shrunk" {
  name          = "shrunk"
  network       = "prod-vpc"
  # BUG: Finding contains: (ip_cidr_range 10.1.0.16/28 -> 10.166.0.0/28 forces a new connector) while 1 workload uses it: projects/acme/locations/us-central1/services/worker
  ip_cidr_range = "10.166.0.0/28"
}
