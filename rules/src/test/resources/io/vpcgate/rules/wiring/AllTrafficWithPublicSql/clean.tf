provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

# The socket with private ranges only: the public path does not go through the VPC.
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      egress    = "PRIVATE_RANGES_ONLY"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}

# All traffic, but Cloud SQL over its private IP (no socket).
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "DB_HOST"
        value = "10.20.0.5"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      egress    = "ALL_TRAFFIC"
    }
  }
}
