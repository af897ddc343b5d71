provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "DB_SOCKET"
        # BUG: Finding contains: DB_SOCKET uses a /cloudsql socket of an instance it does not attach (it attaches pg-main, acme:us-central1:pg-main)
        value = "/cloudsql/acme:us-central1:pg-mian/.s.PGSQL.5432"
      }
      volume_mounts {
        name       = "cloudsql"
        mount_path = "/cloudsql"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # BUG: Finding contains: attaches Cloud SQL "pg-main", which is not a connection name (project:region:instance)
        instances = ["pg-main", "acme:us-central1:pg-main"]
      }
    }
  }
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # BUG: Finding contains: attaches Cloud SQL acme:us-central1:pg-old, which does not exist live and is not declared in Terraform
        instances = ["acme:us-central1:pg-old"]
      }
    }
  }
}
