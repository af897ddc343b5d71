provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_cloud_run_v2_job" "lowercase" {
  name     = "lowercase"
  location = "us-central1"
  template {
    template {
      vpc_access {
        connector = "projects/acme/locations/us-central1/connectors/c"
        # BUG: Finding contains: egress "all-traffic" is not ALL_TRAFFIC or PRIVATE_RANGES_ONLY
        egress    = "all-traffic"
      }
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_job" "both" {
  name     = "both"
  location = "us-central1"
  template {
    template {
      vpc_access {
        connector = "projects/acme/locations/us-central1/connectors/c"
        # BUG: Finding contains: sets both connector and network_interfaces
        network_interfaces {
          network    = "vpc"
          subnetwork = "jobs"
        }
      }
      containers {
        image = "gcr.io/acme/etl"
      }
    }
  }
}
resource "google_cloud_run_v2_worker_pool" "egress_only" {
  name     = "egress-only"
  location = "us-central1"
  template {
    # WARN: Finding contains: sets neither connector nor network_interfaces
    vpc_access {
      egress = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/consumer"
    }
  }
}
resource "google_cloud_run_v2_worker_pool" "cloud_run_v1_spelling" {
  name     = "v1-spelling"
  location = "us-central1"
  template {
    vpc_access {
      network_interfaces {
        subnetwork = "pool"
      }
      # BUG: Finding contains: egress "private-ranges-only" is not ALL_TRAFFIC or PRIVATE_RANGES_ONLY
      egress = "private-ranges-only"
    }
    containers {
      image = "gcr.io/acme/consumer"
    }
  }
}
