provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_vpc_access_connector" "conn" {
  name          = "conn"
  network       = "prod-vpc"
  ip_cidr_range = "10.8.0.0/28"
}

resource "google_vpc_access_connector" "natted" {
  name          = "natted"
  network       = "nat-vpc"
  ip_cidr_range = "10.9.0.0/28"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.conn.id
      egress    = "ALL_TRAFFIC"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # BUG: Finding contains: reaches Cloud SQL pg through the /cloudsql socket, its public-IP path; Google: "If you route all egress traffic through ... a Serverless VPC Access connector, use a private IP address"; with no Cloud NAT
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}

resource "google_cloud_run_v2_service" "natted" {
  name     = "natted"
  location = "us-central1"
  template {
    containers {
      image = "us-docker.pkg.dev/cloudrun/container/hello"
    }
    vpc_access {
      connector = google_vpc_access_connector.natted.id
      egress    = "ALL_TRAFFIC"
    }
    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        # WARN: Finding contains: reaches Cloud SQL pg through the /cloudsql socket, its public-IP path
        instances = ["acme:us-central1:pg"]
      }
    }
  }
}
