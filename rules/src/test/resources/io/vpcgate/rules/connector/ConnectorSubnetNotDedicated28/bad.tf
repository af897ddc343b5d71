provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_subnetwork" "too_big" {
  name          = "conn-too-big"
  network       = "prod-vpc"
  ip_cidr_range = "10.20.0.0/24"
}

resource "google_compute_subnetwork" "shared" {
  name          = "conn-shared"
  network       = "prod-vpc"
  ip_cidr_range = "10.20.1.0/28"
  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.21.0.0/20"
  }
}

resource "google_compute_subnetwork" "elsewhere" {
  name          = "conn-elsewhere"
  network       = "prod-vpc"
  region        = "europe-west1"
  ip_cidr_range = "10.20.2.0/28"
}

resource "google_vpc_access_connector" "too_big" {
  name = "too-big"
  subnet {
    # BUG: Finding contains: whose range 10.20.0.0/24 is a /24; a connector needs a /28 subnet of its own
    # FIX: Create a /28 subnet used by nothing else (e.g. 10.20.0.0/28)
    name = google_compute_subnetwork.too_big.name
  }
}

resource "google_vpc_access_connector" "shared" {
  name = "shared"
  subnet {
    # WARN: Finding contains: which has secondary ranges, so other resources (e.g. GKE pods) may use it
    name = google_compute_subnetwork.shared.name
  }
}

resource "google_vpc_access_connector" "elsewhere" {
  name = "elsewhere"
  subnet {
    # BUG: Finding contains: (region us-central1) uses subnet conn-elsewhere, which is in europe-west1
    # FIX: Create a dedicated /28 subnet in us-central1 for the connector, or put the connector in europe-west1
    name = "conn-elsewhere"
  }
}
