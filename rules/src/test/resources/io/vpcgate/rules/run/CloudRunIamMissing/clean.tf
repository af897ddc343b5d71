provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_project_iam_member" "api_sql" {
  project = "acme"
  role    = "roles/cloudsql.client"
  member  = "serviceAccount:api-run@acme.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "agent_vpc" {
  project = "acme-net"
  role    = "roles/vpcaccess.user"
  member  = "serviceAccount:service-123456789012@serverless-robot-prod.iam.gserviceaccount.com"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    service_account = "api-run@acme.iam.gserviceaccount.com"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = "projects/acme-net/locations/us-central1/connectors/shared-conn"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg-main"]
      }
    }
  }
}

# Editor may hold any permission: not reported.
resource "google_cloud_run_v2_service" "admin" {
  name     = "admin"
  location = "us-central1"
  template {
    service_account = "admin-run@acme.iam.gserviceaccount.com"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme:us-central1:pg-main"]
      }
    }
  }
}

# Another project whose policy the snapshot does not hold: not judged.
resource "google_cloud_run_v2_service" "reports" {
  name     = "reports"
  location = "us-central1"
  template {
    service_account = "reports@acme.iam.gserviceaccount.com"
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = ["acme-data:us-central1:warehouse"]
      }
    }
  }
}
