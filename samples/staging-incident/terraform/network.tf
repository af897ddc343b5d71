# The connector the backend uses to reach Memorystore and Cloud SQL.
# Changed in this PR: "more capacity, and a range next to Redis".
resource "google_vpc_access_connector" "staging" {
  name          = "staging-connector"
  network       = var.network
  ip_cidr_range = "10.166.0.0/28"
  min_instances = 3
  max_instances = 20
  machine_type  = "e2-standard-4"
}
