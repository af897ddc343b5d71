provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name                    = "cache"
  memory_size_gb          = 1
  transit_encryption_mode = "DISABLED"
}

# A new instance: nothing changes.
resource "google_redis_instance" "fresh" {
  name                    = "fresh"
  memory_size_gb          = 1
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  auth_enabled            = true
}
