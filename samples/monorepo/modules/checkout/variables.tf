variable "project" {
  type = string
}

variable "region" {
  type = string
}

variable "environment" {
  type = string
}

variable "image_tag" {
  type = string
}

variable "max_scale" {
  type        = number
  description = "The service's most instances."
}

variable "connector_max" {
  type        = number
  description = "The connector's most instances (the API allows 3 to 10)."
}

variable "features" {
  type = map(string)
}
