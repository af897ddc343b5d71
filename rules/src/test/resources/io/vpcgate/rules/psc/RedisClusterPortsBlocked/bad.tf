provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_cluster" "cache" {
  name        = "cache"
  shard_count = 3
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

# Allows discovery on 6379 but denies the node ports: discovery works, every command after it times out.
resource "google_compute_firewall" "deny_redis_nodes" {
  name               = "deny-redis-nodes"
  network            = "vpc"
  direction          = "EGRESS"
  priority           = 900
  destination_ranges = ["10.0.0.248/29"]
  deny {
    protocol = "tcp"
    ports    = ["11000-12000"]
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: to Redis Cluster google_redis_cluster.cache at 10.0.0.250 tcp:11000 is denied by firewall rule deny-redis-nodes
        value = google_redis_cluster.cache.discovery_endpoints[0].address
      }
      env {
        name  = "REDIS_NODE"
        # WARN: Finding contains: holds 10.0.0.251, a Private Service Connect address of Redis Cluster google_redis_cluster.cache that is not its discovery endpoint
        value = "10.0.0.251"
      }
    }
    vpc_access {
      egress = "PRIVATE_RANGES_ONLY"
      network_interfaces {
        network    = "vpc"
        subnetwork = "apps"
      }
    }
  }
}
