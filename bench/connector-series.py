#!/usr/bin/env python3
"""Writes a root module with N Serverless VPC Access connectors and N subnetworks on one network:
bench/connector-series.py N FILE (the range rules' scaling series)."""
import sys

n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as out:
    out.write('provider "google" {\n  project = "acme"\n  region  = "us-central1"\n}\n')
    out.write('resource "google_compute_network" "vpc" {\n  name                    = "vpc"\n'
              '  auto_create_subnetworks = false\n}\n')
    for i in range(n):
        out.write('resource "google_compute_subnetwork" "s%d" {\n  name          = "s%d"\n'
                  '  network       = google_compute_network.vpc.id\n  ip_cidr_range = "10.%d.%d.0/24"\n}\n'
                  % (i, i, 1 + i // 256, i % 256))
        c = i * 16
        out.write('resource "google_vpc_access_connector" "c%d" {\n  name          = "c%d"\n  network       = "vpc"\n'
                  '  ip_cidr_range = "10.%d.%d.%d/28"\n  min_instances = 2\n  max_instances = 3\n}\n'
                  % (i, i, 100 + (c >> 16), (c >> 8) & 255, c & 255))
