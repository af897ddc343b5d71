provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "eu" {
  # WARN: Finding contains: Service google_cloud_run_v2_service.eu (europe-west1) uses Redis projects/acme/locations/us-central1/instances/cache in us-central1
  # WARN: Finding contains: uses Cloud SQL projects/acme/instances/pg in us-central1
  location = "europe-west1"
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
