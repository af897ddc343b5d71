# Service project acme (number 123456789012) on the Shared VPC of host project acme-net; the host's IAM policy
# grants its service agents nothing.
provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      # BUG: Finding contains: uses connector shared-conn in host project acme-net, but the service agent that attaches service google_cloud_run_v2_service.worker to connectors of acme (service-123456789012@serverless-robot-prod.iam.gserviceaccount.com) has no roles/vpcaccess.user there
      connector = "projects/acme-net/locations/us-central1/connectors/shared-conn"
    }
  }
}

resource "google_cloud_run_v2_service" "direct" {
  name     = "direct"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      # WARN: Finding contains: sends Direct VPC egress from subnetwork run-direct of host project acme-net, but the Cloud Run service agent of acme (service-123456789012@serverless-robot-prod.iam.gserviceaccount.com) has no roles/compute.networkUser there (a grant on the subnet itself is not visible here)
      network_interfaces {
        subnetwork = "projects/acme-net/regions/us-central1/subnetworks/run-direct"
      }
    }
  }
}

# A connector of the service project built on a host subnet.
resource "google_vpc_access_connector" "local" {
  name = "local-conn"
  # WARN: Finding contains: is built on subnet connector-usc1 of host project acme-net, but the Serverless VPC Access service agent of acme (service-123456789012@gcp-sa-vpcaccess.iam.gserviceaccount.com) has no roles/compute.networkUser there
  # WARN: Finding contains: but the Google APIs service agent of acme (123456789012@cloudservices.gserviceaccount.com) has no roles/compute.networkUser there
  subnet {
    name       = "connector-usc1"
    project_id = "acme-net"
  }
}
