# The network edge every environment shares: a subnetwork for the connector's neighbours, a router and Cloud NAT
# (so that egress to the internet through the connector has an address), and the secret the service reads.
variable "network" {
  type        = string
  description = "The VPC network's id."
}

variable "region" {
  type = string
}

variable "name" {
  type = string
}

variable "subnet_index" {
  type        = number
  description = "Which /20 of 10.64.0.0/12 this environment's subnetwork takes."
}

resource "google_compute_subnetwork" "main" {
  name          = "${var.name}-subnet"
  region        = var.region
  network       = var.network
  ip_cidr_range = cidrsubnet("10.64.0.0/12", 8, var.subnet_index)
}

resource "google_compute_router" "main" {
  name    = "${var.name}-router"
  region  = var.region
  network = var.network
}

resource "google_compute_router_nat" "main" {
  name                               = "${var.name}-nat"
  router                             = google_compute_router.main.name
  region                             = var.region
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

resource "google_secret_manager_secret" "token" {
  secret_id = "${var.name}-token"
  replication {
    auto {}
  }
}

output "subnet" {
  value = google_compute_subnetwork.main.id
}
