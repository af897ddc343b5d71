provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: REDIS_HOST ends with a newline, so it is not an IP literal
        value = "10.166.204.91\n"
      }
      env {
        name  = "REDIS_PORT"
        # BUG: Finding contains: the Redis port in REDIS_PORT is not the port of Redis
        value = "6380"
      }
    }
  }
}
resource "google_cloud_run_v2_service" "stale" {
  name     = "stale"
  location = "us-central1"
  template {
    vpc_access {
      connector = "projects/acme/locations/us-central1/connectors/c"
    }
    containers {
      image = "gcr.io/acme/app"
      env {
        name  = "CACHE_REDIS_HOST"
        # BUG: Finding contains: CACHE_REDIS_HOST does not hold the address of Redis projects/acme/locations/us-central1/instances/cache, whose endpoint is 10.166.204.91:6379
        value = "10.166.204.83"
      }
      env {
        name  = "SESSION_REDIS_HOST"
        # BUG: Finding contains: SESSION_REDIS_HOST is wrapped in quotes
        value = "\"10.166.204.91\""
      }
      env {
        name  = "QUEUE_REDIS_HOST"
        # BUG: Finding contains: QUEUE_REDIS_HOST holds a URL, not a host
        value = "redis://10.166.204.91:6379"
      }
      env {
        name  = "REDIS_URL"
        # BUG: Finding contains: REDIS_URL does not hold the address of Redis
        value = "redis://:pw@10.166.204.80:6379/0"
      }
    }
  }
}
