project       = "acme-checkout-prod"
region        = "europe-west1"
environment   = "prod"
max_scale     = 20
connector_max = 20
features      = { search = "on", recommendations = "on" }
