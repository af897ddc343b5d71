provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  region        = "us-central1"
  network       = google_compute_network.vpc.name
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = 3
}

resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "acme.internal."
  visibility = "private"
  private_visibility_config {
    networks {
      network_url = google_compute_network.vpc.id
    }
  }
}

resource "google_dns_record_set" "db" {
  managed_zone = google_dns_managed_zone.internal.name
  name         = "db.acme.internal."
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.60.0.2"]
}

resource "google_dns_record_set" "redis" {
  managed_zone = google_dns_managed_zone.internal.name
  name         = "redis.acme.internal."
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.0.0.3"]
}

resource "google_dns_record_set" "services" {
  managed_zone = google_dns_managed_zone.internal.name
  name         = "*.svc.acme.internal."
  type         = "A"
  ttl          = 300
  rrdatas      = ["10.60.0.9"]
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      egress    = "ALL_TRAFFIC"
    }
    containers {
      image = "gcr.io/acme/api"
      env {
        name  = "DB_HOST"
        value = "DB.acme.internal."
      }
      env {
        name  = "QUEUE_URL"
        value = "amqp://user@queue.svc.acme.internal:5672/"
      }
      env {
        name  = "REDIS_HOST"
        value = "redis.acme.internal:6379"
      }
      env {
        name  = "STRIPE_API"
        value = "https://api.stripe.com"
      }
      env {
        name  = "REDIS_IP"
        value = "10.0.0.3"
      }
    }
  }
}
