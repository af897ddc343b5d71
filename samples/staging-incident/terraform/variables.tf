variable "project" {
  type    = string
  default = "acme-staging"
}

variable "region" {
  type    = string
  default = "us-central1"
}

variable "network" {
  description = "The shared staging VPC, created by the platform team's Terraform."
  type        = string
  default     = "staging-vpc"
}

variable "redis_host" {
  description = "Memorystore endpoint of staging-cache (another team's instance)."
  type        = string
}

variable "backend_image" {
  type = string
}
