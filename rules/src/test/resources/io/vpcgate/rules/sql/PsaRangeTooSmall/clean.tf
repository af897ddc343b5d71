provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_global_address" "psa" {
  name          = "psa"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  address       = "10.50.0.0"
  prefix_length = 16
  network       = "prod-vpc"
}

resource "google_sql_database_instance" "a" {
  name             = "a"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network = "projects/acme/global/networks/prod-vpc"
    }
  }
}

resource "google_redis_instance" "b" {
  name               = "b"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
}

# A /28 for one producer, and a range whose address Google picks: neither is judged.
resource "google_compute_global_address" "solo" {
  name          = "solo"
  purpose       = "VPC_PEERING"
  address       = "10.70.0.0"
  prefix_length = 28
  network       = "solo-vpc"
}

resource "google_sql_database_instance" "solo" {
  name             = "solo"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network = "projects/acme/global/networks/solo-vpc"
    }
  }
}

resource "google_compute_global_address" "auto" {
  name          = "auto"
  purpose       = "VPC_PEERING"
  prefix_length = 28
  network       = "auto-vpc"
}
