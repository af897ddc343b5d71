provider "google" {
  project = "acme"
}
resource "google_app_engine_standard_app_version" "none" {
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
    # BUG: Finding contains: max_instances = 0 is outside the documented range 1 to 200
    max_instances = 0
  }
}
resource "google_app_engine_standard_app_version" "huge" {
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
    # WARN: Finding contains: max_instances = 201 is outside the documented range 1 to 200
    max_instances = 201
  }
}
