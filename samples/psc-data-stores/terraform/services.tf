resource "google_cloud_run_v2_service" "sessions_api" {
  name     = "sessions-api"
  location = "us-central1"
  template {
    scaling {
      max_instance_count = 10
    }
    vpc_access {
      connector = google_vpc_access_connector.apps.id
      egress    = "ALL_TRAFFIC"
    }
    containers {
      image = "us-docker.pkg.dev/acme-data/apps/sessions-api:2.3.0"
      env {
        name  = "REDIS_HOST"
        value = "sessions.redis.data.internal"
      }
      env {
        name  = "EVENTS_HOST"
        value = "events.valkey.data.internal"
      }
      env {
        name  = "BILLING_DB_HOST"
        value = google_alloydb_instance.billing.psc_instance_config[0].psc_dns_name
      }
    }
  }
}
