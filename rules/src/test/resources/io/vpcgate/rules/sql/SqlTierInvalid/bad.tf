provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "POSTGRES_15"
  settings {
    # WARN: Finding contains: tier db-standard-1 is not a PostgreSQL machine type vpcgate knows
    tier = "db-standard-1"
  }
}
resource "google_sql_database_instance" "small" {
  name             = "small"
  database_version = "POSTGRES_15"
  settings {
    # WARN: Finding contains: tier db-custom-1-1024 has 1024 MB for 1 vCPU
    tier = "db-custom-1-1024"
  }
}
