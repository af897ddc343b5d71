# One environment of the checkout service: the shared module with this environment's variables (terraform.tfvars).
provider "google" {
  project = var.project
  region  = var.region
}

module "checkout" {
  source        = "../../modules/checkout"
  project       = var.project
  region        = var.region
  environment   = var.environment
  image_tag     = var.image_tag
  max_scale     = var.max_scale
  connector_max = var.connector_max
  features      = var.features
}
