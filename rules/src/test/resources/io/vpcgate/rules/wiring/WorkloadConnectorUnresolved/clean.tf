provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "planned" {
  name          = "planned"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloud_run_v2_service" "to_planned" {
  name     = "to-planned"
  location = "us-central1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.planned.id
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "to_live" {
  name     = "to-live"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/live-connector"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_v2_service" "by_project_number" {
  name     = "by-number"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/123456789/locations/us-central1/connectors/live-connector"
    }
    containers {
      image = "gcr.io/acme/app"
    }
  }
}
resource "google_cloud_run_service" "v1_short" {
  name     = "v1"
  location = "us-central1"
  template {
    metadata {
      annotations = {
        "run.googleapis.com/vpc-access-connector" = "live-connector"
      }
    }
    spec {
      containers {
        image = "gcr.io/acme/app"
      }
    }
  }
}
