provider "google" {
  project = "acme"
  region  = "us-central1"
}

# Memory and version upgrades change in place.
resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 5
  tier           = "BASIC"
}

resource "google_redis_instance" "sessions" {
  name           = "sessions"
  memory_size_gb = 1
  redis_version  = "REDIS_7_2"
}

resource "google_redis_instance" "new_one" {
  name           = "a1"
  memory_size_gb = 1
}
