resource "google_cloud_run_v2_service" "slow" {
  name     = "slow"
  location = "us-central1"
  template {
    # BUG: Finding contains: request timeout 7200s exceeds Cloud Run's maximum of 3600 s
    timeout = "7200s"
    # BUG: Finding contains: max_instance_request_concurrency = 2000 is outside 0..1000
    max_instance_request_concurrency = 2000
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

resource "google_cloud_run_v2_service" "minutes" {
  name     = "minutes"
  location = "us-central1"
  template {
    # BUG: Finding contains: timeout "5m" is not a duration in seconds like "300s"
    timeout = "5m"
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
      # BUG: Finding contains: request timeout 3601s exceeds
      timeout_seconds = 3601
      containers {
        image = "us-docker.pkg.dev/cloudrun/container/hello"
      }
    }
  }
}
