provider "google" {
  project = "acme"
}
resource "google_app_engine_standard_app_version" "cloud_run_spelling" {
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
    name           = "projects/acme/locations/us-central1/connectors/conn"
    # BUG: Finding contains: egress_setting "PRIVATE_RANGES_ONLY" is not PRIVATE_IP_RANGES or ALL_TRAFFIC
    # FIX: egress_setting = "PRIVATE_IP_RANGES"
    egress_setting = "PRIVATE_RANGES_ONLY"
  }
}
resource "google_app_engine_standard_app_version" "short_name" {
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
    # WARN: Finding contains: name "conn" is not a full connector name
    name           = "conn"
    # BUG: Finding contains: egress_setting "all-traffic" is not PRIVATE_IP_RANGES or ALL_TRAFFIC
    egress_setting = "all-traffic"
  }
}
