# Sessions moved from Memorystore for Redis to Redis Cluster. Its endpoints are created through a service connection
# policy for gcp-memorystore-redis in data-vpc and us-central1, which nobody declared (the networking team's stack
# has one only for Valkey).
resource "google_redis_cluster" "sessions" {
  name                    = "sessions"
  region                  = "us-central1"
  shard_count             = 3
  replica_count           = 1
  authorization_mode      = "AUTH_MODE_IAM_AUTH"
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
  psc_configs {
    network = google_compute_network.data.id
  }
}
