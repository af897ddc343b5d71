provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  # WARN: Finding contains: sets max_instance, which google_vpc_access_connector does not have
  # FIX: Did you mean max_instances?
  max_instance = 3
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
  # WARN: Finding contains: sets vpc_acess, which google_cloud_run_v2_service does not have
  # FIX: Use an argument of google_cloud_run_v2_service
  vpc_acess {
    egress = "ALL_TRAFFIC"
  }
}
