provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "bad_name" {
  # BUG: Finding contains: name "Cache_2026" does not match ^[a-z][a-z0-9-]{0,39}[a-z0-9]$
  name           = "Cache_2026"
  memory_size_gb = 1
}

# BASIC -> STANDARD_HA: tier is ForceNew, and the api service holds the current host.
resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
  # BUG: Finding contains: Applying replaces Redis google_redis_instance.cache (tier BASIC -> STANDARD_HA): its data is deleted and the new instance's host is assigned by the server; google_cloud_run_v2_service.api hold the current host 10.0.0.3 as a literal
  tier           = "STANDARD_HA"
}

# Nobody holds this one's host: still its data goes.
resource "google_redis_instance" "sessions" {
  name           = "sessions"
  memory_size_gb = 1
  # WARN: Finding contains: Applying replaces Redis google_redis_instance.sessions (redis_version REDIS_7_2 -> REDIS_6_X (a downgrade))
  redis_version  = "REDIS_6_X"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        value = "10.0.0.3"
      }
    }
  }
}
