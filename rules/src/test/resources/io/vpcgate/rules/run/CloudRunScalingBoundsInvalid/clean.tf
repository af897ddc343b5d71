variable "max" {}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    scaling {
      min_instance_count = 1
      max_instance_count = 10
    }
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

# Only a minimum: the maximum is the server default of 100.
resource "google_cloud_run_v2_service" "warm" {
  name     = "warm"
  location = "us-central1"
  template {
    scaling {
      min_instance_count = 3
    }
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}

resource "google_cloud_run_v2_service" "unknown" {
  name     = "unknown"
  location = "us-central1"
  template {
    scaling {
      min_instance_count = 3
      max_instance_count = var.max
    }
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
  }
}
