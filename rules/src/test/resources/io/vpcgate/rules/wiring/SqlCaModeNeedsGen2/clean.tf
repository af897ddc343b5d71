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

resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      server_ca_mode = "GOOGLE_MANAGED_INTERNAL_CA"
    }
  }
}

resource "google_cloud_run_v2_service" "gen2" {
  name     = "gen2"
  location = "us-central1"
  template {
    execution_environment = "EXECUTION_ENVIRONMENT_GEN2"
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

# Unset: Cloud Run chooses the environment.
resource "google_cloud_run_v2_service" "unset" {
  name     = "unset"
  location = "us-central1"
  template {
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

resource "google_cloud_run_v2_service" "gen1" {
  name     = "gen1"
  location = "us-central1"
  template {
    execution_environment = "EXECUTION_ENVIRONMENT_GEN1"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [google_sql_database_instance.legacy.connection_name]
      }
    }
  }
}
