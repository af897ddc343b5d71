provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "psc" {
  name          = "psc"
  region        = "us-central1"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.0.0.0/28"
}

resource "google_compute_subnetwork" "psc_eu" {
  name          = "psc-eu"
  region        = "europe-west1"
  network       = google_compute_network.vpc.id
  ip_cidr_range = "10.0.1.0/28"
}

# Redis Cluster has its policy: no finding for it.
resource "google_network_connectivity_service_connection_policy" "redis" {
  name          = "redis"
  location      = "us-central1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_redis_cluster" "cache" {
  name        = "cache"
  shard_count = 3
  psc_configs {
    network = google_compute_network.vpc.id
  }
  depends_on = [google_network_connectivity_service_connection_policy.redis]
}

# Valkey's class is gcp-memorystore, not gcp-memorystore-redis: the Redis Cluster policy does not serve it.
resource "google_memorystore_instance" "sessions" {
  instance_id = "sessions"
  location    = "us-central1"
  shard_count = 1
  desired_auto_created_endpoints {
    # BUG: Finding contains: has no service connection policy for service class gcp-memorystore in us-central1
    network    = google_compute_network.vpc.id
    project_id = "acme"
  }
}

# Cloud SQL's policy on vpc lists a subnetwork of another region.
resource "google_network_connectivity_service_connection_policy" "sql" {
  name          = "sql"
  location      = "us-central1"
  service_class = "google-cloud-sql"
  network       = google_compute_network.vpc.id
  psc_config {
    # BUG: Finding contains: lists subnetwork psc-eu, which is in europe-west1
    subnetworks = [google_compute_subnetwork.psc_eu.id]
  }
}

# A second consumer network, apps, has no policy for Cloud SQL (the live read covered acme's policies).
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      ipv4_enabled = false
      psc_config {
        psc_enabled               = true
        allowed_consumer_projects = ["acme"]
        psc_auto_connections {
          consumer_network            = google_compute_network.vpc.id
          consumer_service_project_id = "acme"
        }
        psc_auto_connections {
          # BUG: Finding contains: network acme/apps, but apps has no service connection policy for service class google-cloud-sql
          consumer_network            = "projects/acme/global/networks/apps"
          consumer_service_project_id = "acme"
        }
      }
    }
  }
}

# WARN: Finding contains: has no psc_config subnetworks
resource "google_network_connectivity_service_connection_policy" "no_subnets" {
  name          = "no-subnets"
  location      = "europe-west1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
}
