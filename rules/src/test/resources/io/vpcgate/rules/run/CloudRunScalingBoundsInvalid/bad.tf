resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    scaling {
      # BUG: Finding contains: min_instance_count = 5 is more than max_instance_count = 2
      min_instance_count = 5
      max_instance_count = 2
    }
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "us-central1"
  template {
    metadata {
      # BUG: Finding contains: autoscaling.knative.dev/minScale = 4 is more than autoscaling.knative.dev/maxScale = 3
      annotations = {
        "autoscaling.knative.dev/minScale" = "4"
        "autoscaling.knative.dev/maxScale" = "3"
      }
    }
    spec {
      containers {
        image = "us-docker.pkg.dev/cloudrun/container/hello"
      }
    }
  }
}
