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

resource "google_network_connectivity_service_connection_policy" "redis" {
  name          = "redis"
  location      = "us-central1"
  service_class = "gcp-memorystore-redis"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_network_connectivity_service_connection_policy" "valkey" {
  name          = "valkey"
  location      = "us-central1"
  service_class = "gcp-memorystore"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
  }
}

resource "google_network_connectivity_service_connection_policy" "sql" {
  name          = "sql"
  location      = "us-central1"
  service_class = "google-cloud-sql"
  network       = google_compute_network.vpc.id
  psc_config {
    subnetworks = [google_compute_subnetwork.psc.id]
    limit       = 4
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

resource "google_memorystore_instance" "sessions" {
  instance_id = "sessions"
  location    = "us-central1"
  shard_count = 1
  desired_auto_created_endpoints {
    network    = google_compute_network.vpc.id
    project_id = "acme"
  }
  depends_on = [google_network_connectivity_service_connection_policy.valkey]
}

# PSC with endpoints made by hand (no auto-connections) needs no policy.
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
      }
    }
  }
}

resource "google_sql_database_instance" "reports" {
  name             = "reports"
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      ipv4_enabled = false
      psc_config {
        psc_enabled               = true
        allowed_consumer_projects = ["acme"]
      }
    }
  }
}
