output "checkout_uri" {
  value = module.checkout.uri
}

output "redis_host" {
  value = module.checkout.redis_host
}
