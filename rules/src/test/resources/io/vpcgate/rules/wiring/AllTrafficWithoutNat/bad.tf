provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "PAYMENTS_URL"
        value = "https://api.stripe.com/v1"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      # BUG: Finding contains: it reaches the internet (PAYMENTS_URL), which becomes unreachable
      egress    = "ALL_TRAFFIC"
    }
  }
}

resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "QUEUE_HOST"
        value = "10.8.4.2"
      }
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      # WARN: Finding contains: but network acme/prod-vpc has no Cloud NAT in us-central1 that covers the connector
      egress    = "ALL_TRAFFIC"
    }
  }
}

# A NAT that lists subnets cannot list a connector's hidden subnet.
resource "google_vpc_access_connector" "listed" {
  name          = "listed"
  network       = "list-vpc"
  ip_cidr_range = "10.9.0.0/28"
}

resource "google_compute_router" "list" {
  name    = "list-router"
  network = "list-vpc"
}

resource "google_compute_router_nat" "list" {
  name                               = "list-nat"
  router                             = google_compute_router.list.name
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "LIST_OF_SUBNETWORKS"
  subnetwork {
    name                    = "app"
    source_ip_ranges_to_nat = ["ALL_IP_RANGES"]
  }
}

resource "google_cloud_run_v2_service" "listed" {
  name     = "listed"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.listed.id
      # WARN: Finding contains: but network acme/list-vpc has no Cloud NAT in us-central1 that covers the connector
      egress    = "ALL_TRAFFIC"
    }
  }
}
