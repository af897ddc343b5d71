provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.9.0.0/28"
  min_instances = 2
  # BUG: Finding contains: max_instances changed outside Terraform since the last apply (state has 5): Terraform sets 5, live has 10
  max_instances = 5
  machine_type  = "e2-standard-4"
}
