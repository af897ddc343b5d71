provider "google" {
  project = "acme"
  region  = "us-central1"
}

variable "subnet_name" {}

resource "google_compute_subnetwork" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.20.0.0/28"
}

resource "google_vpc_access_connector" "dedicated" {
  name = "dedicated"
  subnet {
    name = google_compute_subnetwork.conn.name
  }
}

# A subnet Terraform does not declare and no snapshot lists: not judged.
resource "google_vpc_access_connector" "host_project" {
  name = "host-project"
  subnet {
    name       = "serverless-usc1"
    project_id = "acme-net-host"
  }
}

resource "google_vpc_access_connector" "unknown" {
  name = "unknown"
  subnet {
    name = var.subnet_name
  }
}
