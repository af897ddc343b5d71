provider "google" {
  project = "acme-prod"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "prod" {
  name          = "prod-connector"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 10
  machine_type  = "e2-standard-4"
}

resource "google_cloud_run_v2_service" "backend" {
  name     = "backend"
  location = "us-central1"

  template {
    service_account = "backend-run@acme-prod.iam.gserviceaccount.com"

    scaling {
      max_instance_count = 20
    }

    vpc_access {
      connector = google_vpc_access_connector.prod.id
      egress    = "PRIVATE_RANGES_ONLY"
    }

    containers {
      image = "us-central1-docker.pkg.dev/acme-prod/app/backend:2.0.1"

      env {
        name  = "REDIS_HOST"
        value = "10.20.0.3"
      }
      env {
        name  = "REDIS_PORT"
        value = "6379"
      }

      volume_mounts {
        name       = "cloudsql"
        mount_path = "/cloudsql"
      }

      startup_probe {
        period_seconds    = 10
        failure_threshold = 24
        tcp_socket {
          port = 8080
        }
      }
    }

    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme-prod:us-central1:prod-postgres"]
      }
    }
  }
}
