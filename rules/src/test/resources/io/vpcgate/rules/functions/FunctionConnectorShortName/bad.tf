provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloudfunctions_function" "literal" {
  name    = "literal"
  runtime = "nodejs20"
  # WARN: Finding contains: vpc_connector = "conn" is not a full path
  # FIX: Set vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
  vpc_connector = "conn"
}
resource "google_cloudfunctions_function" "by_name" {
  name    = "by-name"
  runtime = "nodejs20"
  region  = "europe-west1"
  # WARN: Finding contains: vpc_connector = "conn" is not a full path
  # FIX: Set vpc_connector = "projects/acme/locations/europe-west1/connectors/conn"
  vpc_connector = google_vpc_access_connector.conn.name
}
