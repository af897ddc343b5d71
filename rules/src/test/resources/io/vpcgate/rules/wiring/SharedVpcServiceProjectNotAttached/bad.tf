# Service projects acme and acme-b use subnets of host project acme-net. The live read found no host for acme, and
# acme-b is attached to another host.
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
      # BUG: Finding contains: google_cloud_run_v2_service.direct sends Direct VPC egress from subnetwork run-direct of host project acme-net, but project acme is not attached to any Shared VPC host
      network_interfaces {
        subnetwork = "projects/acme-net/regions/us-central1/subnetworks/run-direct"
      }
    }
  }
}

resource "google_compute_shared_vpc_service_project" "acme_b" {
  host_project    = "other-net"
  service_project = "acme-b"
}

resource "google_vpc_access_connector" "b" {
  name    = "b-conn"
  project = "acme-b"
  # BUG: Finding contains: google_vpc_access_connector.b is built on subnet connector-usc1 of host project acme-net, but project acme-b is attached to host project other-net, not acme-net
  subnet {
    name       = "connector-usc1"
    project_id = "acme-net"
  }
}
