provider "google" {
  project = "acme"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  region        = "us-central1"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_app_engine_standard_app_version" "api" {
  service    = "api"
  version_id = "v1"
  runtime    = "python312"
  entrypoint {
    shell = "gunicorn main:app"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme/app.zip"
    }
  }
  vpc_access_connector {
    name           = google_vpc_access_connector.conn.id
    egress_setting = "ALL_TRAFFIC"
  }
}
resource "google_app_engine_standard_app_version" "default_egress" {
  service    = "worker"
  version_id = "v1"
  runtime    = "python312"
  entrypoint {
    shell = "python main.py"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme/worker.zip"
    }
  }
  vpc_access_connector {
    name = "/projects/acme/locations/us-central1/connectors/conn"
  }
}
