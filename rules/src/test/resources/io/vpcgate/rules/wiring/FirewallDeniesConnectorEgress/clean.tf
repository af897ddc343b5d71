provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "okconn" {
  name          = "okconn"
  network       = "ok-vpc"
  ip_cidr_range = "10.8.0.16/28"
}

# ok-vpc denies all egress at 1000 but allows this connector to Redis at 500.
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        value = "10.30.0.3"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.okconn.id
    }
  }
}

# Terraform adds the allow that fixes prod-vpc.
resource "google_compute_firewall" "allow_redis" {
  name               = "allow-connector-redis"
  network            = "prod-vpc"
  direction          = "EGRESS"
  priority           = 100
  target_tags        = ["vpc-connector"]
  destination_ranges = ["10.0.0.3/32"]
  allow {
    protocol = "tcp"
    ports    = ["6379"]
  }
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_cloud_run_v2_service" "cache_client" {
  name     = "cache-client"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        value = "10.0.0.3"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
    }
  }
}
