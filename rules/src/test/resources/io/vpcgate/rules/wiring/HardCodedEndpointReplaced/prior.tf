provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
  tier           = "STANDARD_HA"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: REDIS_HOST holds 10.0.0.3, the last-applied (the plan's prior state, not read live) address of google_redis_instance.cache, as a literal, and the apply replaces that instance (tier BASIC -> STANDARD_HA)
        # FIX: Set REDIS_HOST = google_redis_instance.cache.host so it follows the instance
        value = "10.0.0.3"
      }
    }
  }
}
