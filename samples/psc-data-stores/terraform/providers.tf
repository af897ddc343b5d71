terraform {
  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 7.21"
    }
  }
}

provider "google" {
  project = "acme-data"
  region  = "us-central1"
}
