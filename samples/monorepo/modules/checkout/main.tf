# The checkout service of one environment: Cloud Run reaching Memorystore for Redis and Cloud SQL through a
# Serverless VPC Access connector; the network edge comes from the edge module. Each environment calls it with its
# own variables (envs/*/terraform.tfvars).
locals {
  name = "checkout-${var.environment}"
  labels = {
    team = "payments"
    env  = var.environment
  }
  feature_env = { for k, v in var.features : "FEATURE_${upper(k)}" => v }
}

resource "google_compute_network" "vpc" {
  name                    = "${local.name}-vpc"
  auto_create_subnetworks = false
}

module "edge" {
  source       = "../edge"
  network      = google_compute_network.vpc.id
  region       = var.region
  name         = local.name
  subnet_index = index(["dev", "staging", "prod"], var.environment)
}

resource "google_vpc_access_connector" "main" {
  name          = "checkout-${var.environment}"
  region        = var.region
  network       = google_compute_network.vpc.name
  ip_cidr_range = "10.8.0.0/28"
  min_instances = 2
  max_instances = var.connector_max
  machine_type  = "e2-micro"
}

resource "google_redis_instance" "cache" {
  name               = "${local.name}-cache"
  tier               = var.environment == "prod" ? "STANDARD_HA" : "BASIC"
  memory_size_gb     = 5
  region             = var.region
  authorized_network = google_compute_network.vpc.id
  connect_mode       = "DIRECT_PEERING"
  reserved_ip_range  = "10.30.0.0/29"
  redis_version      = "REDIS_7_0"
  labels             = local.labels
}

resource "google_sql_database_instance" "db" {
  name             = "${local.name}-db"
  database_version = "POSTGRES_15"
  region           = var.region
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.vpc.id
    }
    database_flags {
      name  = "max_connections"
      value = "400"
    }
    user_labels = local.labels
  }
  deletion_protection = true
}

resource "google_cloud_run_v2_service" "checkout" {
  name     = local.name
  location = var.region
  labels   = local.labels

  template {
    service_account = "checkout@${var.project}.iam.gserviceaccount.com"
    scaling {
      max_instance_count = var.max_scale
    }
    vpc_access {
      connector = google_vpc_access_connector.main.id
      egress    = "PRIVATE_RANGES_ONLY"
    }
    containers {
      image = "us-docker.pkg.dev/${var.project}/app/checkout:${var.image_tag}"
      env {
        name  = "REDIS_HOST"
        value = google_redis_instance.cache.host
      }
      env {
        name  = "REDIS_PORT"
        value = tostring(google_redis_instance.cache.port)
      }
      dynamic "env" {
        for_each = local.feature_env
        content {
          name  = env.key
          value = env.value
        }
      }
      volume_mounts {
        name       = "cloudsql"
        mount_path = "/cloudsql"
      }
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [google_sql_database_instance.db.connection_name]
      }
    }
  }
}
