provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "tier" {}
resource "google_sql_database_instance" "micro" {
  name             = "micro"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}
resource "google_sql_database_instance" "custom" {
  name             = "custom"
  database_version = "POSTGRES_16"
  settings {
    tier = "db-custom-2-7680"
  }
}
resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-n1-standard-1"
  }
}
resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "POSTGRES_15"
  settings {
    tier = var.tier
  }
}
