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

resource "google_dns_managed_zone" "partners" {
  name       = "partners"
  dns_name   = "partners.internal."
  visibility = "private"
  private_visibility_config {
    networks {
      network_url = "projects/acme/global/networks/partner-vpc"
    }
  }
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
        value = "db.acme.internal"
      }
      env {
        name  = "REDIS_HOST"
        # BUG: Finding contains: REDIS_HOST names a host in private zone internal (acme.internal.), the zone network acme/vpc resolves it from, and the zone has no record for it
        value = "redis.acme.internal"
      }
      env {
        name  = "PARTNER_URL"
        # WARN: Finding contains: PARTNER_URL names a host in private zone partners (partners.internal.), which is not visible to network acme/vpc
        value = "https://billing.partners.internal:8443/v1"
      }
      env {
        name  = "STRIPE_API"
        value = "https://api.stripe.com"
      }
    }
  }
}
