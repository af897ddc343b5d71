provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_global_address" "psa" {
  name          = "psa-small"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  address       = "10.50.0.0"
  # WARN: Finding contains: Network prod-vpc allocates 16 addresses to Private Service Access (psa-small 10.50.0.0/28) for 2 producers
  prefix_length = 28
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
