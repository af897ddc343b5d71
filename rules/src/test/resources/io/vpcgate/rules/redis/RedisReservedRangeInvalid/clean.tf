provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = "prod-vpc"
  ip_cidr_range = "10.1.0.0/24"
}

resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  reserved_ip_range  = "10.9.0.0/29"
}

resource "google_redis_instance" "replicas" {
  name               = "replicas"
  tier               = "STANDARD_HA"
  memory_size_gb     = 5
  authorized_network = "prod-vpc"
  read_replicas_mode = "READ_REPLICAS_ENABLED"
  replica_count      = 2
  reserved_ip_range  = "10.9.0.16/28"
}

resource "google_redis_instance" "psa" {
  name               = "psa"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  reserved_ip_range  = "psa-range"
}

resource "google_redis_instance" "chosen_by_google" {
  name           = "chosen"
  memory_size_gb = 1
}
