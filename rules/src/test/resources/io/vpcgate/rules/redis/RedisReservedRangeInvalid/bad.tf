provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  network       = "prod-vpc"
  ip_cidr_range = "10.1.0.0/24"
}

resource "google_redis_instance" "tiny" {
  name               = "tiny"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  # BUG: Finding contains: reserved_ip_range 10.2.0.0/30 is a /30; the instance needs a /29
  reserved_ip_range  = "10.2.0.0/30"
}

resource "google_redis_instance" "replicas" {
  name               = "replicas"
  tier               = "STANDARD_HA"
  memory_size_gb     = 5
  authorized_network = "prod-vpc"
  read_replicas_mode = "READ_REPLICAS_ENABLED"
  replica_count      = 2
  # BUG: Finding contains: is a /29; the instance needs a /28 with read replicas
  reserved_ip_range  = "10.2.0.16/29"
}

resource "google_redis_instance" "psa_cidr" {
  name               = "psa-cidr"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  connect_mode       = "PRIVATE_SERVICE_ACCESS"
  # BUG: Finding contains: uses PRIVATE_SERVICE_ACCESS, where reserved_ip_range is the name of an allocated range, but it is the CIDR 10.5.0.0/29
  reserved_ip_range  = "10.5.0.0/29"
}

resource "google_redis_instance" "named" {
  name               = "named"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  # BUG: Finding contains: uses DIRECT_PEERING, where reserved_ip_range is a CIDR block, but it is "psa-range"
  reserved_ip_range  = "psa-range"
}

resource "google_redis_instance" "overlap" {
  name               = "overlap"
  memory_size_gb     = 1
  authorized_network = "prod-vpc"
  # BUG: Finding contains: reserved_ip_range 10.1.0.8/29 overlaps subnet app (10.1.0.0/24) on network prod-vpc
  reserved_ip_range  = "10.1.0.8/29"
}
