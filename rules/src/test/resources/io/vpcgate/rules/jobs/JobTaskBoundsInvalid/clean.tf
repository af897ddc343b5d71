provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_job" "equal" {
  name     = "equal"
  location = "us-central1"
  template {
    parallelism = 10
    task_count  = 10
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_job" "as_many_as_possible" {
  name     = "as-many-as-possible"
  location = "us-central1"
  template {
    parallelism = 0
    task_count  = 10000
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_job" "defaults" {
  name     = "defaults"
  location = "us-central1"
  template {
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
