provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      server_ca_mode = "GOOGLE_MANAGED_CAS_CA"
    }
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    # BUG: Finding contains: runs in the first generation execution environment but attaches Cloud SQL google_sql_database_instance.pg, whose server_ca_mode is GOOGLE_MANAGED_CAS_CA
    # FIX: Set execution_environment = "EXECUTION_ENVIRONMENT_GEN2", or use GOOGLE_MANAGED_INTERNAL_CA on the instance
    execution_environment = "EXECUTION_ENVIRONMENT_GEN1"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [google_sql_database_instance.pg.connection_name]
      }
    }
  }
}
