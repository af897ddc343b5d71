provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: egress from connector conn to Redis cache 10.0.0.3:6379 is denied by firewall rule deny-internal (priority 900, target tags vpc-connector)
        value = "10.0.0.3"
      }
      env {
        name  = "DB_HOST"
        # BUG: Finding contains: to Cloud SQL pg 10.20.0.5:5432 is denied by firewall rule deny-postgres (priority 800, all instances)
        value = "10.20.0.5"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
    }
  }
}
