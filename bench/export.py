#!/usr/bin/env python3
"""Writes a Cloud Asset export of about SIZE_MB as NDJSON where 1 in 100 assets is one vpcgate reads
(a VPC Access connector) and the rest are storage buckets with bulky data: bench/export.py SIZE_MB FILE"""
import json
import sys

size, path = int(sys.argv[1]) * 1024 * 1024, sys.argv[2]
filler = {"labels": {"k%d" % i: "v" * 40 for i in range(20)}, "lifecycle": {"rule": [{"action": {"type": "Delete"},
          "condition": {"age": i}} for i in range(10)]}}
written, n = 0, 0
with open(path, "w") as out:
    while written < size:
        project = "p%d" % (n % 1000)
        if n % 100 == 0:
            a = {"name": "//vpcaccess.googleapis.com/projects/%s/locations/us-central1/connectors/c%d" % (project, n),
                 "asset_type": "vpcaccess.googleapis.com/Connector",
                 "resource": {"version": "v1", "location": "us-central1", "data": {
                     "name": "projects/%s/locations/us-central1/connectors/c%d" % (project, n), "network": "vpc",
                     "ipCidrRange": "10.8.0.0/28", "state": "READY", "minInstances": 2, "maxInstances": 3}}}
        else:
            a = {"name": "//storage.googleapis.com/b%d" % n, "asset_type": "storage.googleapis.com/Bucket",
                 "ancestors": ["projects/%s" % project], "resource": {"version": "v1", "data": filler}}
        line = json.dumps(a) + "\n"
        out.write(line)
        written += len(line)
        n += 1
print("%s: %d assets, %.0f MB" % (path, n, written / 1048576.0), file=sys.stderr)
