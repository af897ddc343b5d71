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

resource "google_compute_firewall" "deny_internal" {
  name               = "deny-internal"
  network            = "vpc"
  direction          = "EGRESS"
  priority           = 900
  destination_ranges = ["10.0.0.0/8"]
  deny {
    protocol = "all"
  }
}

# The cluster's discovery and node ports, allowed ahead of the broad deny.
resource "google_compute_firewall" "allow_redis_cluster" {
  name               = "allow-redis-cluster"
  network            = "vpc"
  direction          = "EGRESS"
  priority           = 800
  destination_ranges = ["10.0.0.248/29"]
  allow {
    protocol = "tcp"
    ports    = ["6379", "11000-13047"]
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
        value = google_redis_cluster.cache.discovery_endpoints[0].address
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
