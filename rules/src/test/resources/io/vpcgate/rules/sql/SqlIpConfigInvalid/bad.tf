provider "google" {
  project = "acme"
  region  = "us-central1"
}

resource "google_sql_database_instance" "unreachable" {
  name             = "unreachable"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      # BUG: Finding contains: has ipv4_enabled = false and no private_network
      ipv4_enabled = false
    }
  }
}

resource "google_sql_database_instance" "ssl" {
  name             = "ssl"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      ssl_mode    = "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"
      # BUG: Finding contains: ssl_mode = TRUSTED_CLIENT_CERTIFICATE_REQUIRED with require_ssl = false is not a pair the API accepts
      require_ssl = false
    }
  }
}

resource "google_sql_database_instance" "cidr_range" {
  name             = "cidr-range"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network    = "projects/acme/global/networks/prod-vpc"
      # BUG: Finding contains: allocated_ip_range "10.60.0.0/24" is not the name of an allocated range (RFC 1035
      allocated_ip_range = "10.60.0.0/24"
    }
  }
}

resource "google_sql_database_instance" "typo" {
  name             = "typo"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    ip_configuration {
      private_network    = "projects/acme/global/networks/prod-vpc"
      # BUG: Finding contains: allocated_ip_range "psa-rnage" names no VPC_PEERING range on network acme/prod-vpc (its ranges: psa-range)
      allocated_ip_range = "psa-rnage"
    }
  }
}

# Live, pg-private has a private network; Terraform no longer sets it.
resource "google_sql_database_instance" "removed" {
  name             = "pg-private"
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-1-3840"
    # BUG: Finding contains: private_network acme/prod-vpc is set on the instance but not in Terraform
    ip_configuration {
      ipv4_enabled = true
    }
  }
}
