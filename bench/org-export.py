#!/usr/bin/env python3
"""Writes a generated organisation as a Cloud Asset export (NDJSON, snake_case as `gcloud asset export` writes it):
PROJECTS projects, each with every kind vpcgate reads (a network, subnetwork, PSA range, firewall rule, router with
its NAT, Cloud SQL and Redis instances, a Cloud Run service, a secret and its version, the project itself) and
CONNECTORS Serverless VPC Access connectors, plus one asset vpcgate does not read (a bucket). The templates are the
incident sample's (samples/staging-incident/live.json), so every project carries its stale REDIS_HOST.
bench/org-export.py PROJECTS CONNECTORS FILE"""
import copy
import json
import os
import sys

projects, connectors, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "samples", "staging-incident", "live.json")) as f:
    templates = json.load(f)
connector = next(a for a in templates if a["assetType"] == "vpcaccess.googleapis.com/Connector")
others = [a for a in templates if a is not connector]


def extra(p, number):
    net = "https://www.googleapis.com/compute/v1/projects/%s/global/networks/staging-vpc" % p
    return [
        {"name": "//compute.googleapis.com/projects/%s/global/firewalls/deny-egress" % p,
         "assetType": "compute.googleapis.com/Firewall", "resource": {"version": "v1", "location": "global", "data": {
             "name": "deny-egress", "network": net, "direction": "EGRESS", "priority": 900,
             "destinationRanges": ["10.250.0.0/16"], "denied": [{"IPProtocol": "tcp", "ports": ["5432"]}]}}},
        {"name": "//secretmanager.googleapis.com/projects/%d/secrets/jwt" % number,
         "assetType": "secretmanager.googleapis.com/Secret", "resource": {"version": "v1", "location": "global", "data": {
             "name": "projects/%d/secrets/jwt" % number, "replication": {"automatic": {}}}}},
        {"name": "//secretmanager.googleapis.com/projects/%d/secrets/jwt/versions/3" % number,
         "assetType": "secretmanager.googleapis.com/SecretVersion", "resource": {"version": "v1", "location": "global",
          "data": {"name": "projects/%d/secrets/jwt/versions/3" % number, "state": "ENABLED"}}},
        {"name": "//cloudresourcemanager.googleapis.com/projects/%d" % number,
         "assetType": "cloudresourcemanager.googleapis.com/Project", "resource": {"version": "v1", "location": "global",
          "data": {"projectNumber": str(number), "projectId": p, "lifecycleState": "ACTIVE"}}},
        {"name": "//storage.googleapis.com/%s-logs" % p, "assetType": "storage.googleapis.com/Bucket",
         "resource": {"version": "v1", "location": "us", "data": {"name": "%s-logs" % p, "storageClass": "STANDARD"}}},
    ]


n = 0
with open(path, "w") as out:
    for i in range(projects):
        p, number = "p%04d" % i, 100000000000 + i
        assets = [json.loads(json.dumps(a).replace("acme-staging", p)) for a in others] + extra(p, number)
        for c in range(connectors):
            a = json.loads(json.dumps(connector).replace("acme-staging", p).replace("staging-connector", "conn-%d" % c))
            a["resource"]["data"]["ipCidrRange"] = "10.%d.%d.0/28" % (100 + c // 256, c % 256)
            assets.append(a)
        for a in assets:
            a = copy.deepcopy(a)
            a["asset_type"] = a.pop("assetType")
            a["ancestors"] = ["projects/%d" % number, "folders/42", "organizations/1"]
            out.write(json.dumps(a) + "\n")
            n += 1
print("%s: %d projects, %d connectors, %d assets, %.0f MB" % (path, projects, projects * connectors, n,
      os.path.getsize(path) / 1048576.0), file=sys.stderr)
