provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
  tier           = "STANDARD_HA"
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
        # BUG: Finding contains: REDIS_HOST holds 10.0.0.3, the current address of google_redis_instance.cache, as a literal, and the apply replaces that instance (tier BASIC -> STANDARD_HA)
        value = "10.0.0.3"
      }
      env {
        name  = "DB_HOST"
        # WARN: Finding contains: DB_HOST holds the address of google_sql_database_instance.pg (10.20.0.5) as a literal
        value = "10.20.0.5"
      }
    }
  }
}
