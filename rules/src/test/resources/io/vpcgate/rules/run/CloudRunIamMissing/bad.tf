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
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # BUG: Finding contains: but api-run@acme.iam.gserviceaccount.com has no Cloud SQL Client role in project acme;
        instances = ["acme:us-central1:pg-main"]
      }
    }
  }
}

# No service account: the default compute service account of project 123456789012.
resource "google_cloud_run_v2_service" "worker" {
  name     = "worker"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = "projects/acme-net/locations/us-central1/connectors/shared-conn"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # BUG: Finding contains: but 123456789012-compute@developer.gserviceaccount.com has no Cloud SQL Client role
        instances = ["acme:us-central1:pg-main"]
      }
    }
  }
}
