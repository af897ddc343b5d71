provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
}

resource "google_cloudfunctions_function" "v1" {
  name                          = "v1-worker"
  runtime                       = "nodejs20"
  vpc_connector                 = "projects/acme/locations/us-central1/connectors/conn"
  vpc_connector_egress_settings = "ALL_TRAFFIC"
  max_instances                 = 5
  min_instances                 = 1
  service_account_email         = "worker@acme.iam.gserviceaccount.com"
  environment_variables = {
    REDIS_HOST = google_redis_instance.cache.host
    MODE       = "batch"
  }
  secret_environment_variables {
    key     = "API_TOKEN"
    secret  = "api-token"
    version = "3"
  }
  labels = {
    env = "prod"
  }
}

resource "google_cloudfunctions2_function" "v2" {
  name     = "v2-api"
  location = "europe-west1"
  build_config {
    runtime     = "python312"
    entry_point = "handler"
  }
  service_config {
    max_instance_count               = 20
    min_instance_count               = 0
    max_instance_request_concurrency = 8
    direct_vpc_egress                = "VPC_EGRESS_ALL_TRAFFIC"
    service_account_email            = "api@acme.iam.gserviceaccount.com"
    direct_vpc_network_interface {
      network    = "vpc"
      subnetwork = "serverless"
      tags       = ["fn"]
    }
    environment_variables = {
      LOG_LEVEL = "info"
    }
    secret_environment_variables {
      key        = "DB_PASSWORD"
      project_id = "acme"
      secret     = "db-password"
      version    = "latest"
    }
  }
}
