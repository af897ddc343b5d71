provider "google" {
  project = "acme"
  region  = "us-central1"
}

# Two services scale into one /27: 28 addresses, but at their maximum they take 32 + 16.
resource "google_compute_subnetwork" "tiny" {
  name          = "run-tiny"
  network       = "app-vpc"
  ip_cidr_range = "10.9.0.0/27"
}
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 10
    }
    vpc_access {
      # BUG: Finding contains: Subnetwork run-tiny (10.9.0.0/27) has 28 addresses for Direct VPC egress, but at their maximum scale the workloads on it take 48: google_cloud_run_v2_service.api (10 at once: 32), google_cloud_run_v2_service.worker (5 at once: 16)
      network_interfaces {
        subnetwork = google_compute_subnetwork.tiny.name
      }
    }
    containers {
      image = "gcr.io/acme/api"
    }
  }
}
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 5
    }
    vpc_access {
      # WARN: Finding contains: Service google_cloud_run_v2_service.worker takes Direct VPC addresses from subnetwork run-tiny (10.9.0.0/27), which is smaller than a /26
      network_interfaces {
        subnetwork = google_compute_subnetwork.tiny.name
      }
    }
    containers {
      image = "gcr.io/acme/worker"
    }
  }
}

# One small service fits a /27, but the guidance is a /26 or larger.
resource "google_compute_subnetwork" "small" {
  name          = "run-small"
  network       = "app-vpc"
  ip_cidr_range = "10.9.1.0/27"
}
resource "google_cloud_run_v2_service" "lone" {
  name     = "lone"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 4
    }
    vpc_access {
      # WARN: Finding contains: takes Direct VPC addresses from subnetwork run-small (10.9.1.0/27), which is smaller than a /26
      network_interfaces {
        network    = "app-vpc"
        subnetwork = "run-small"
      }
    }
    containers {
      image = "gcr.io/acme/lone"
    }
  }
}

# Direct VPC on the connector's own /28.
resource "google_compute_subnetwork" "connector" {
  name          = "connector-subnet"
  network       = "app-vpc"
  ip_cidr_range = "10.9.2.0/28"
}
resource "google_vpc_access_connector" "app" {
  name = "app"
  subnet {
    name = google_compute_subnetwork.connector.name
  }
}
resource "google_cloud_run_v2_service" "shared" {
  name     = "shared"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 1
    }
    vpc_access {
      # BUG: Finding contains: takes Direct VPC addresses from subnetwork connector-subnet, which connector google_vpc_access_connector.app uses
      network_interfaces {
        subnetwork = "connector-subnet"
      }
    }
    containers {
      image = "gcr.io/acme/shared"
    }
  }
}
