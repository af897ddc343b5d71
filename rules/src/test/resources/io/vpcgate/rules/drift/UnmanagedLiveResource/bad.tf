provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.1.0.0/28"
}
# Live resources in the state's projects and regions that no Terraform declares (they have no .tf line):
# WARN: Finding on projects/acme/locations/us-central1/connectors/same contains: but neither this Terraform's configuration nor its state has it
# WARN: Finding on projects/acme/locations/us-central1/instances/cache contains: but neither this Terraform's configuration nor its state has it
# WARN: Finding on projects/acme/locations/us-central1/instances/handmade contains: but neither this Terraform's configuration nor its state has it
# WARN: Finding on projects/acme/locations/us-central1/services/api contains: but neither this Terraform's configuration nor its state has it
# WARN: Finding on projects/acme/locations/us-central1/services/worker contains: but neither this Terraform's configuration nor its state has it
