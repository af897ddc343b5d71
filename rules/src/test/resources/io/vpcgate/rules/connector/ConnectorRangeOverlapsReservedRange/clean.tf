provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "redis_range" {}
resource "google_redis_instance" "cache" {
  name               = "cache"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  reserved_ip_range  = "10.8.0.0/29"
}
resource "google_redis_instance" "psa_mode" {
  name               = "psa"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  reserved_ip_range  = "google-managed-services"
}
resource "google_redis_instance" "unknown" {
  name               = "unknown"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  reserved_ip_range  = var.redis_range
}
resource "google_redis_instance" "other_network" {
  name               = "other"
  memory_size_gb     = 1
  authorized_network = "other-vpc"
  reserved_ip_range  = "10.9.0.0/29"
}
resource "google_vpc_access_connector" "next_to_redis" {
  name          = "next"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.16/28"
}
resource "google_vpc_access_connector" "other_network_range" {
  name          = "elsewhere"
  network       = "prod-vpc"
  ip_cidr_range = "10.9.0.0/28"
}
