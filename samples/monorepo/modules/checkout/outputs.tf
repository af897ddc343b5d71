output "uri" {
  value = google_cloud_run_v2_service.checkout.uri
}

output "redis_host" {
  value = google_redis_instance.cache.host
}

output "db_connection_name" {
  value = google_sql_database_instance.db.connection_name
}

output "subnet" {
  value = module.edge.subnet
}
