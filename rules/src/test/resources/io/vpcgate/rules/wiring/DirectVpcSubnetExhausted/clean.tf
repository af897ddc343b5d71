provider "google" {
  project = "acme"
  region  = "us-central1"
}

# A /24 holds 252 addresses: the two services take 32 + 48 at their maximum.
resource "google_compute_subnetwork" "run" {
  name          = "run"
  network       = "app-vpc"
  ip_cidr_range = "10.9.0.0/24"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 10
    }
    vpc_access {
      network_interfaces {
        subnetwork = google_compute_subnetwork.run.name
      }
    }
    containers {
      image = "gcr.io/acme/api"
    }
  }
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 20
    }
    vpc_access {
      network_interfaces {
        network = "run"
      }
    }
    containers {
      image = "gcr.io/acme/worker"
    }
  }
}

# The connector keeps its /28 to itself.
resource "google_compute_subnetwork" "connector" {
  name          = "connector-subnet"
  network       = "app-vpc"
  ip_cidr_range = "10.9.2.0/28"
}
resource "google_vpc_access_connector" "app" {
  name = "app"
  subnet {
    name = google_compute_subnetwork.connector.name
  }
}
