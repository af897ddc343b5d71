provider "google" {
  project = "acme"
  region  = "us-central1"
}
variable "max" {}
resource "google_vpc_access_connector" "bounds" {
  name          = "bounds"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 10
}
resource "google_vpc_access_connector" "throughput" {
  name           = "throughput"
  network        = "vpc"
  ip_cidr_range  = "10.8.0.16/28"
  min_throughput = 200
  max_throughput = 300
}
resource "google_vpc_access_connector" "from_variable" {
  name          = "from-variable"
  network       = "vpc"
  ip_cidr_range = "10.8.0.32/28"
  max_instances = var.max
}
