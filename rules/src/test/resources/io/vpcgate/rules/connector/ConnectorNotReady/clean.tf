provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "ready" {
  name          = "ready"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.16/28"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.ready.id
    }
  }
}
