provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_job" "too_parallel" {
  name     = "too-parallel"
  location = "us-central1"
  template {
    # BUG: Finding contains: parallelism = 11 is more than task_count = 10
    parallelism = 11
    task_count  = 10
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_job" "too_many_tasks" {
  name     = "too-many-tasks"
  location = "us-central1"
  template {
    parallelism = 100
    # WARN: Finding contains: task_count = 10001 is over the 10,000 tasks
    task_count  = 10001
    template {
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
