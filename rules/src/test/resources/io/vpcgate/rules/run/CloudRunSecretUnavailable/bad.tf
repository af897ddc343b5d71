provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    service_account = "api-run@acme.iam.gserviceaccount.com"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      # BUG: Finding contains: env DB_PASSWORD reads secret db-pasword, which does not exist in project acme
      env {
        name = "DB_PASSWORD"
        value_source {
          secret_key_ref {
            secret  = "db-pasword"
            version = "1"
          }
        }
      }
      # BUG: Finding contains: reads version 2 of secret jwt, which is DISABLED
      env {
        name = "JWT_SECRET"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "2"
          }
        }
      }
      # BUG: Finding contains: reads version 9 of secret jwt, which has no such version
      env {
        name = "JWT_NEXT"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "9"
          }
        }
      }
      # BUG: Finding contains: but api-run@acme.iam.gserviceaccount.com has no role that grants secretmanager.versions.access on the secret or project acme;
      env {
        name = "STRIPE_KEY"
        value_source {
          secret_key_ref {
            secret  = "stripe"
            version = "1"
          }
        }
      }
    }
  }
}
