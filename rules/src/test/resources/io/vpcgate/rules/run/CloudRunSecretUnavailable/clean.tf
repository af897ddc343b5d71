provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_secret_manager_secret" "new" {
  secret_id = "brand-new"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_iam_member" "api_new" {
  secret_id = google_secret_manager_secret.new.id
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:api-run@acme.iam.gserviceaccount.com"
}

resource "google_secret_manager_secret_iam_member" "api_stripe" {
  secret_id = "stripe"
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:api-run@acme.iam.gserviceaccount.com"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    service_account = "api-run@acme.iam.gserviceaccount.com"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name = "JWT_SECRET"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "3"
          }
        }
      }
      env {
        name = "JWT_LATEST"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "latest"
          }
        }
      }
      # Terraform grants access to this one (above).
      env {
        name = "STRIPE_KEY"
        value_source {
          secret_key_ref {
            secret  = "stripe"
            version = "1"
          }
        }
      }
      # Created by this apply.
      env {
        name = "NEW_SECRET"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.new.secret_id
            version = "1"
          }
        }
      }
      # Another project's secrets are not in the snapshot: not judged.
      env {
        name = "SHARED"
        value_source {
          secret_key_ref {
            secret  = "projects/acme-shared/secrets/shared"
            version = "1"
          }
        }
      }
    }
  }
}
