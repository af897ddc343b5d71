provider "google" {
  project = "acme"
  region  = "us-central1"
}

# The range moves: ip_cidr_range is ForceNew, so the connector is destroyed and created again.
resource "google_vpc_access_connector" "moved" {
  name          = "moved"
  network       = "prod-vpc"
  # BUG: Finding contains: ip_cidr_range 10.1.0.0/28 -> 10.166.0.0/28 forces a new connector) while 1 workload uses it: google_cloud_run_v2_service.api
  ip_cidr_range = "10.166.0.0/28"
  min_instances = 2
  max_instances = 3
}

# A decrease of max_instances also replaces it (isInstanceShrinkage); a service set up by hand uses it.
resource "google_vpc_access_connector" "shrunk" {
  name          = "shrunk"
  network       = "prod-vpc"
  ip_cidr_range = "10.1.0.16/28"
  min_instances = 2
  # BUG: Finding contains: max_instances 10 -> 5 (a decrease)
  max_instances = 5
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.moved.id
      egress    = "PRIVATE_RANGES_ONLY"
    }
  }
}
