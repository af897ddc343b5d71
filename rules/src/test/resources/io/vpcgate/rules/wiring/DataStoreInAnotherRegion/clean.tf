provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "eu" {
  location = "us-central1"
  name     = "eu"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        value = "10.0.0.3"
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
