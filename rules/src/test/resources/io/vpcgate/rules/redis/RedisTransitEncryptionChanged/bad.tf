provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name                    = "cache"
  memory_size_gb          = 1
  # WARN: Finding contains: transit_encryption_mode changes from DISABLED to SERVER_AUTHENTICATION; in-transit encryption can only be set when an instance is created
  transit_encryption_mode = "SERVER_AUTHENTICATION"
  # INFO: Finding contains: AUTH is turned on; every client must start sending the AUTH string in the same deploy
  auth_enabled            = true
}
