project     = "acme-checkout-dev"
region      = "europe-west1"
environment = "dev"
max_scale   = 2
