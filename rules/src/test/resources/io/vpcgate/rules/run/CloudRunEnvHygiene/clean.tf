resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      ports {
        container_port = 9090
      }
      env {
        name  = "LOG_LEVEL"
        value = "info"
      }
      env {
        name  = "GOOGLE_APPLICATION_CREDENTIALS"
        value = "/secrets/sa.json"
      }
      env {
        name  = "REDIS_KEY_PREFIX"
        value = "api:"
      }
      env {
        name  = "AUTH_ENABLED"
        value = "true"
      }
      env {
        name = "JWT_SECRET"
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
      env {
        name = "JWT_SECRET"
        value_source {
          secret_key_ref {
            secret  = "projects/acme/secrets/jwt"
            version = "4"
          }
        }
      }
    }
  }
}

# A sidecar sets its own PORT; only the container that receives requests (the one with ports) gets Cloud Run's.
resource "google_cloud_run_v2_service" "sidecar" {
  name     = "sidecar"
  location = "us-central1"
  template {
    containers {
      name  = "app"
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      ports {
        container_port = 8080
      }
    }
    containers {
      name  = "proxy"
      image = "us-docker.pkg.dev/cloudrun/container/hello"
      env {
        name  = "PORT"
        value = "8081"
      }
    }
  }
}
