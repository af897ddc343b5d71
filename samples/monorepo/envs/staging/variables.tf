variable "project" {
  type     = string
  nullable = false
}

variable "region" {
  type     = string
  nullable = false
}

variable "environment" {
  type = string
}

variable "image_tag" {
  type    = string
  default = "1.4.2"
}

variable "max_scale" {
  type        = number
  default     = 8
  description = "The checkout service's most instances."
}

variable "connector_max" {
  type        = number
  default     = 10
  description = "The connector's most instances (2 to 10)."
}

variable "features" {
  type    = map(string)
  default = { search = "on", recommendations = "off" }
}
