provider "google" {
  project = "acme"
}
resource "google_app_engine_standard_app_version" "one" {
  service    = "batch"
  version_id = "v1"
  runtime    = "python312"
  entrypoint {
    shell = "python main.py"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme/batch.zip"
    }
  }
  basic_scaling {
    max_instances = 1
  }
}
resource "google_app_engine_standard_app_version" "two_hundred" {
  service    = "render"
  version_id = "v1"
  runtime    = "python312"
  entrypoint {
    shell = "python main.py"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme/render.zip"
    }
  }
  basic_scaling {
    max_instances = 200
  }
}
resource "google_app_engine_standard_app_version" "automatic" {
  service    = "api"
  version_id = "v1"
  runtime    = "python312"
  entrypoint {
    shell = "gunicorn main:app"
  }
  deployment {
    zip {
      source_url = "https://storage.googleapis.com/acme/api.zip"
    }
  }
  automatic_scaling {
    standard_scheduler_settings {
      max_instances = 500
    }
  }
}
