provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
  tier           = "BASIC"
}

resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network = "projects/acme/global/networks/default"
    }
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        value = google_redis_instance.cache.host
      }
      env {
        name  = "DB_HOST"
        value = google_sql_database_instance.pg.private_ip_address
      }
    }
  }
}
