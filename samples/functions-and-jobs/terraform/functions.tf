# 2nd gen: ingests events into the cache through the connector.
resource "google_cloudfunctions2_function" "ingest" {
  name     = "ingest"
  location = "us-central1"
  build_config {
    runtime     = "python312"
    entry_point = "ingest"
  }
  service_config {
    max_instance_count            = 10
    vpc_connector                 = google_vpc_access_connector.functions.id
    vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
    environment_variables = {
      REDIS_HOST = "10.30.0.3"
      REDIS_PORT = "6379"
    }
  }
}

# 1st gen, deployed in Europe for the EU mailer, but pointed at the connector in us-central1.
resource "google_cloudfunctions_function" "notify" {
  name                          = "notify"
  region                        = "europe-west1"
  runtime                       = "nodejs20"
  entry_point                   = "notify"
  trigger_http                  = true
  vpc_connector                 = "projects/acme-batch/locations/us-central1/connectors/fn-connector"
  vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
}

# 1st gen, same region as the connector, named by its short name.
resource "google_cloudfunctions_function" "report" {
  name                          = "report"
  region                        = "us-central1"
  runtime                       = "nodejs20"
  entry_point                   = "report"
  trigger_http                  = true
  vpc_connector                 = "fn-connector"
  vpc_connector_egress_settings = "PRIVATE_RANGES_ONLY"
}
