provider "google" {
  project = "acme"
  region  = "us-central1"
}
# Equal but differently written: short network name vs the API's path; no machine type (the API default);
# instances and throughput left to the API; a plain ignore_changes on what differs.
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "projects/acme/global/networks/vpc"
  ip_cidr_range = "10.1.0.0/28"
  lifecycle {
    ignore_changes = [max_instances]
  }
  max_instances = 7
}
resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = "https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc"
  reserved_ip_range  = "10.0.0.0/29"
  auth_enabled       = true
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    vpc_access {
      connector = "conn"
    }
    containers {
      image = "gcr.io/acme/worker"
      env {
        name  = "JWT_SECRET"
        value = "x"
      }
      env {
        name  = "MODE"
        value = "live-value"
      }
    }
  }
}
resource "google_vpc_access_connector" "new" {
  name          = "not-live-yet"
  network       = "vpc"
  ip_cidr_range = "10.5.0.0/28"
}
