redis_host    = "10.166.204.83"
backend_image = "us-central1-docker.pkg.dev/acme-staging/app/backend:1.42.0"
