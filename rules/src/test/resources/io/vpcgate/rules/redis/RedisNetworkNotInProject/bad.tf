provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "shared" {
  name               = "shared"
  memory_size_gb     = 1
  # BUG: Finding contains: (project acme) uses DIRECT_PEERING with network shared-vpc of project acme-host; the API fails with "authorized_network must exist in the same project as redis instance"
  authorized_network = "projects/acme-host/global/networks/shared-vpc"
}

resource "google_redis_instance" "psa" {
  name               = "psa"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  # BUG: Finding contains: uses PRIVATE_SERVICE_ACCESS on network acme/prod-vpc, which has no Private Service Access connection
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
}
