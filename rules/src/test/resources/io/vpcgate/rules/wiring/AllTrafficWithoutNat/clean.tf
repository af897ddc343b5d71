provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_vpc_access_connector" "natted" {
  name          = "natted"
  network       = "nat-vpc"
  ip_cidr_range = "10.9.0.0/28"
}

resource "google_vpc_access_connector" "tf_nat" {
  name          = "tf-nat"
  network       = "tf-vpc"
  ip_cidr_range = "10.9.0.16/28"
}

resource "google_compute_router" "tf" {
  name    = "tf-router"
  network = "tf-vpc"
}

resource "google_compute_router_nat" "tf" {
  name                               = "tf-nat"
  router                             = google_compute_router.tf.name
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_PRIMARY_IP_RANGES"
}

# Private ranges only: the internet does not go through the VPC.
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
    }
  }
}

# A live NAT on all subnetworks.
resource "google_cloud_run_v2_service" "natted" {
  name     = "natted"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.natted.id
      egress    = "ALL_TRAFFIC"
    }
  }
}

# A NAT Terraform creates in this deploy.
resource "google_cloud_run_v2_service" "tf_nat" {
  name     = "tf-nat"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.tf_nat.id
      egress    = "ALL_TRAFFIC"
    }
  }
}
