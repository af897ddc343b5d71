provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "vpc"
  ip_cidr_range = "10.8.0.0/28"
}
resource "google_cloudfunctions_function" "by_id" {
  name          = "by-id"
  runtime       = "nodejs20"
  vpc_connector = google_vpc_access_connector.conn.id
}
resource "google_cloudfunctions_function" "literal" {
  name          = "literal"
  runtime       = "nodejs20"
  vpc_connector = "projects/acme/locations/us-central1/connectors/conn"
}
resource "google_cloudfunctions_function" "none" {
  name    = "none"
  runtime = "nodejs20"
}
resource "google_cloudfunctions2_function" "gen2_short_name_is_not_judged" {
  name     = "gen2"
  location = "us-central1"
  service_config {
    vpc_connector = "conn"
  }
}
