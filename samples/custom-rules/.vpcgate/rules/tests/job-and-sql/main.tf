provider "google" {
  project = "acme-prod-payments"
  region  = "europe-west1"
}

resource "google_sql_database_instance" "unset" {
  name             = "unset"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "set" {
  name             = "set"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "max_connections"
      value = "400"
    }
  }
}

resource "google_cloud_run_v2_job" "unset" {
  name     = "unset"
  location = "europe-west1"
  template {
    template {
      containers {
        image = "gcr.io/acme/batch"
        env {
          name  = "LEDGER_DB"
          value = google_sql_database_instance.unset.connection_name
        }
      }
    }
  }
}

resource "google_cloud_run_v2_job" "set" {
  name     = "set"
  location = "europe-west1"
  template {
    template {
      containers {
        image = "gcr.io/acme/batch"
        env {
          name  = "LEDGER_DB"
          value = google_sql_database_instance.set.connection_name
        }
      }
    }
  }
}
