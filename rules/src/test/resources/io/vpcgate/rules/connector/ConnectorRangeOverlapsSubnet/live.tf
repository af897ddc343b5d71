provider "google" {
  project = "acme"
  region  = "us-central1"
}
resource "google_vpc_access_connector" "clashes_with_hand_made_subnet" {
  name          = "new-a"
  network       = "prod-vpc"
  # BUG: Finding contains: overlaps subnet hand-made (10.30.0.0/20)
  ip_cidr_range = "10.30.1.0/28"
}
resource "google_vpc_access_connector" "clashes_with_other_region" {
  name          = "new-b"
  network       = "prod-vpc"
  # BUG: Finding contains: overlaps connector projects/acme/locations/europe-west1/connectors/other-team
  ip_cidr_range = "10.31.0.0/28"
}
