resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        # BUG: Finding contains: env PORT is reserved by the Cloud Run container contract
        name  = "PORT"
        value = "9090"
      }
      env {
        name  = "LOG_LEVEL"
        value = "info"
      }
      env {
        # BUG: Finding contains: env LOG_LEVEL is set more than once
        name  = "LOG_LEVEL"
        value = "debug"
      }
      env {
        name  = "STRIPE_API_KEY"
        # WARN: Finding contains: env STRIPE_API_KEY looks like a secret but holds a literal value
        value = "sk_live_do_not_print_me"
      }
      # WARN: Finding contains: env JWT_SECRET reads secret jwt at version "latest"
      env {
        name = "JWT_SECRET"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "latest"
          }
        }
      }
    }
  }
}

resource "google_cloud_run_v2_service" "auth" {
  name     = "auth"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        # WARN: Finding contains: read secret jwt as JWT_SECRET and JWT_SECRET_KEY: near-miss names
        name = "JWT_SECRET_KEY"
        value_source {
          secret_key_ref {
            secret  = "jwt"
            version = "4"
          }
        }
      }
    }
  }
}

resource "google_cloud_run_v2_service" "verifier" {
  name     = "verifier"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      # WARN: Finding contains: both set JWT_SECRET, from different secrets (jwt and jwt-old)
      env {
        name = "JWT_SECRET"
        value_source {
          secret_key_ref {
            secret  = "jwt-old"
            version = "2"
          }
        }
      }
    }
  }
}
