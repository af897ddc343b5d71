provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "max" {}
resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
  }
}
resource "google_cloud_run_v2_service" "small" {
  name     = "small"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 3
    }
    containers {
      image = "gcr.io/acme/small"
      env {
        name  = "DB_POOL_SIZE"
        value = "5"
      }
      env {
        name  = "DB_MAX_OVERFLOW"
        value = "5"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}
resource "google_cloud_run_v2_service" "no_pool_setting" {
  name     = "no-pool"
  location = "us-central1"
  template {
    containers {
      image = "gcr.io/acme/other"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}
resource "google_cloud_run_v2_service" "unknown_scale" {
  name     = "unknown-scale"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = var.max
    }
    containers {
      image = "gcr.io/acme/other"
      env {
        name  = "DB_POOL_SIZE"
        value = "50"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}
