provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  # WARN: Finding contains: ip_cidr_range differs from the live resource: Terraform sets 10.9.0.0/28, live has 10.1.0.0/28
  ip_cidr_range = "10.9.0.0/28"
  min_instances = 2
  # WARN: Finding contains: max_instances differs from the live resource: Terraform sets 5, live has 10
  max_instances = 5
  # INFO: Finding contains: machine_type differs from the live resource: Terraform sets e2-standard-4, live has e2-micro
  machine_type  = "e2-standard-4"
}
resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = "vpc"
  reserved_ip_range  = "10.0.0.0/29"
  # INFO: Finding contains: auth_enabled differs from the live resource: Terraform sets false, live has true
  auth_enabled       = false
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.conn.id
    }
    # WARN: Finding contains: env names differs from the live resource: Terraform sets [MODE, TOKEN], live has [JWT_SECRET, MODE]
    # INFO: Finding contains: env values differs from the live resource: the values of MODE differ (values not shown)
    containers {
      image = "gcr.io/acme/worker"
      env {
        name  = "MODE"
        value = "desired-value"
      }
      env {
        name  = "TOKEN"
        value = "t"
      }
    }
  }
}
