resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    timeout                          = "3600s"
    max_instance_request_concurrency = 1000
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

resource "google_cloud_run_v2_service" "fraction" {
  name     = "fraction"
  location = "us-central1"
  template {
    timeout = "2.5s"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "us-central1"
  template {
    spec {
      timeout_seconds       = 900
      container_concurrency = 1
      containers {
        image = "us-docker.pkg.dev/cloudrun/container/hello"
      }
    }
  }
}
