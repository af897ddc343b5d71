project     = "acme-checkout-staging"
region      = "europe-west1"
environment = "staging"
