# Service projects acme and acme-b use subnets of host project acme-net, and both are attached to it.
provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "direct" {
  name     = "direct"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      network_interfaces {
        subnetwork = "projects/acme-net/regions/us-central1/subnetworks/run-direct"
      }
    }
  }
}

resource "google_compute_shared_vpc_service_project" "acme" {
  host_project    = "acme-net"
  service_project = "acme"
}

resource "google_compute_shared_vpc_service_project" "acme_b" {
  host_project    = "acme-net"
  service_project = "acme-b"
}

resource "google_vpc_access_connector" "b" {
  name    = "b-conn"
  project = "acme-b"
  subnet {
    name       = "connector-usc1"
    project_id = "acme-net"
  }
}
