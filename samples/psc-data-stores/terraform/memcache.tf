# The catalogue cache on the legacy network, which never got a Private Service Access connection.
resource "google_memcache_instance" "catalog" {
  name               = "catalog"
  region             = "us-central1"
  node_count         = 2
  authorized_network = "projects/acme-data/global/networks/legacy-vpc"
  node_config {
    cpu_count      = 1
    memory_size_mb = 2048
  }
}
