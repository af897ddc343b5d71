# The checkout API: on Direct VPC, as the platform's egress policy asks.
resource "google_cloud_run_v2_service" "checkout" {
  name     = "checkout"
  location = "europe-west1"
  labels = {
    env  = "prod"
    team = "payments"
  }
  template {
    scaling {
      max_instance_count = 100
    }
    vpc_access {
      egress = "PRIVATE_RANGES_ONLY"
      network_interfaces {
        network    = google_compute_network.prod.id
        subnetwork = google_compute_subnetwork.run.id
      }
    }
    containers {
      image = "europe-docker.pkg.dev/acme/payments/checkout:1.42.0"
      env {
        name  = "REDIS_HOST"
        value = google_redis_instance.sessions.host
      }
      env {
        name = "REDIS_AUTH"
        value_source {
          secret_key_ref {
            secret  = "sessions-redis-auth"
            version = "1"
          }
        }
      }
    }
  }
}

# The refunds API: internal only, still on the shared connector.
resource "google_cloud_run_v2_service" "refunds" {
  name     = "refunds"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  labels = {
    env  = "prod"
    team = "payments"
  }
  template {
    scaling {
      max_instance_count = 5
    }
    vpc_access {
      connector = google_vpc_access_connector.shared.id
      egress    = "PRIVATE_RANGES_ONLY"
    }
    containers {
      image = "europe-docker.pkg.dev/acme/payments/refunds:2.3.1"
      env {
        name  = "REDIS_HOST"
        value = google_redis_instance.sessions.host
      }
      env {
        name = "REDIS_AUTH"
        value_source {
          secret_key_ref {
            secret  = "sessions-redis-auth"
            version = "1"
          }
        }
      }
    }
  }
}
