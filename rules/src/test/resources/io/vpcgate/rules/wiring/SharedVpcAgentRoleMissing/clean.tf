# The same Shared VPC paths, with every service agent granted what it needs in host project acme-net.
provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_project_iam_member" "run_agent_connectors" {
  project = "acme-net"
  role    = "roles/vpcaccess.user"
  member  = "serviceAccount:service-123456789012@serverless-robot-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "run_agent_network" {
  project = "acme-net"
  role    = "roles/compute.networkUser"
  member  = "serviceAccount:service-123456789012@serverless-robot-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "vpcaccess_agent_network" {
  project = "acme-net"
  role    = "roles/compute.networkUser"
  member  = "serviceAccount:service-123456789012@gcp-sa-vpcaccess.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "cloudservices_network" {
  project = "acme-net"
  role    = "roles/compute.networkUser"
  member  = "serviceAccount:123456789012@cloudservices.gserviceaccount.com"
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
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
      network_interfaces {
        subnetwork = "projects/acme-net/regions/us-central1/subnetworks/run-direct"
      }
    }
  }
}

resource "google_vpc_access_connector" "local" {
  name = "local-conn"
  subnet {
    name       = "connector-usc1"
    project_id = "acme-net"
  }
}
