provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_sql_database_instance" "reports" {
  name             = "pg-reports"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "DB_SOCKET"
        value = "/cloudsql/acme:us-central1:pg-main/.s.PGSQL.5432"
      }
      env {
        name  = "REPORTS_URL"
        value = "postgresql://app@/reports?host=/cloudsql/${google_sql_database_instance.reports.connection_name}"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg-main", google_sql_database_instance.reports.connection_name]
      }
    }
  }
}
