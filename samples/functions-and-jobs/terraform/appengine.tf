# The legacy API still on App Engine standard, given the Cloud Run spelling of its egress setting.
resource "google_app_engine_standard_app_version" "legacy" {
  service    = "legacy-api"
  version_id = "v3"
  runtime    = "python312"
  entrypoint {
    shell = "gunicorn -b :$PORT main:app"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme-batch-releases/legacy-api-v3.zip"
    }
  }
  vpc_access_connector {
    name           = google_vpc_access_connector.functions.id
    egress_setting = "PRIVATE_RANGES_ONLY"
  }
}
