provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
  }
}
resource "google_sql_database_instance" "flagged" {
  name             = "flagged"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-4-15360"
    database_flags {
      name  = "max_connections"
      value = "200"
    }
  }
}
resource "google_sql_database_instance" "big" {
  name             = "big"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-16-61440"
  }
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 20
    }
    containers {
      image = "gcr.io/acme/api"
      env {
        name  = "DB_POOL_SIZE"
        # WARN: Finding contains: pg: db-custom-1-3840 (3.75 GB) gets a default max_connections of 100, but the workloads attached to it can open 500 connections (api 20 instances x 1 worker x (10+15) = 500)
        value = "10"
      }
      env {
        name  = "DB_MAX_OVERFLOW"
        value = "15"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [google_sql_database_instance.pg.connection_name]
      }
    }
  }
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 10
    }
    containers {
      image = "gcr.io/acme/worker"
      env {
        name  = "INSTANCE_CONNECTION_NAME"
        value = "acme:us-central1:flagged"
      }
      env {
        name  = "GUNICORN_WORKERS"
        value = "4"
      }
      env {
        name  = "SQLALCHEMY_POOL_SIZE"
        # BUG: Finding contains: flagged: max_connections = 200, but the workloads attached to it can open 400 connections
        value = "10"
      }
    }
  }
}
resource "google_cloud_run_v2_service" "fat" {
  name     = "fat"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 2
    }
    containers {
      image = "gcr.io/acme/fat"
      env {
        name  = "WEB_CONCURRENCY"
        value = "8"
      }
      env {
        name  = "HIKARI_MAXIMUM_POOL_SIZE"
        # BUG: Finding contains: each instance can open 8 x (20) = 160 connections to big through the /cloudsql socket, but a Cloud Run instance may open at most 100
        value = "20"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:big"]
      }
    }
  }
}
