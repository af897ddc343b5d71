resource "google_compute_network" "data" {
  name                    = "data-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "apps" {
  name          = "apps-usc1"
  network       = google_compute_network.data.id
  region        = "us-central1"
  ip_cidr_range = "10.60.0.0/20"
}

# Where Private Service Connect endpoints of managed data stores are placed.
resource "google_compute_subnetwork" "psc" {
  name          = "psc-usc1"
  network       = google_compute_network.data.id
  region        = "us-central1"
  ip_cidr_range = "10.60.16.0/24"
}

resource "google_vpc_access_connector" "apps" {
  name          = "apps-connector"
  region        = "us-central1"
  network       = google_compute_network.data.name
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 4
}

resource "google_compute_router" "data" {
  name    = "data-router"
  region  = "us-central1"
  network = google_compute_network.data.id
}

resource "google_compute_router_nat" "data" {
  name                               = "data-nat"
  router                             = google_compute_router.data.name
  region                             = "us-central1"
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}
