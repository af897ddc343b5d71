package io.vpcgate.rules.drift;

import io.vpcgate.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Equal but differently written: each pair must not be reported as drift. */
class DriftNormalisationTest {
  private static final String PROVIDER = "provider \"google\" {\n  project = \"acme\"\n  region  = \"us-central1\"\n}\n";

  private static String asset(String type, String name, String data) {
    return "{\"name\": \"" + name + "\", \"assetType\": \"" + type + "\", \"resource\": {\"data\": " + data + "}}";
  }

  private static String connector(String data) {
    return "[" + asset("vpcaccess.googleapis.com/Connector", "//vpcaccess.googleapis.com/projects/acme/locations/us-central1/connectors/c",
        "{\"name\": \"projects/acme/locations/us-central1/connectors/c\", " + data + "}") + "]";
  }

  private static String redis(String data) {
    return "[" + asset("redis.googleapis.com/Instance", "//redis.googleapis.com/projects/acme/locations/us-central1/instances/r",
        "{\"host\": \"10.0.0.3\", \"port\": 6379, " + data + "}") + "]";
  }

  private static String serviceV2(String template) {
    return "[" + asset("run.googleapis.com/Service", "//run.googleapis.com/projects/acme/locations/us-central1/services/s",
        "{\"name\": \"projects/acme/locations/us-central1/services/s\", \"template\": " + template + "}") + "]";
  }

  private static String serviceV1(String annotations, String spec) {
    return "[" + asset("run.googleapis.com/Service", "//run.googleapis.com/projects/acme/locations/us-central1/services/s",
        "{\"apiVersion\": \"serving.knative.dev/v1\", \"metadata\": {\"name\": \"s\"}, \"spec\": {\"template\": "
            + "{\"metadata\": {\"annotations\": " + annotations + "}, \"spec\": " + spec + "}}}") + "]";
  }

  private static final String TF_CONNECTOR = "resource \"google_vpc_access_connector\" \"c\" {\n  name = \"c\"\n  %s\n}\n";
  private static final String TF_REDIS = "resource \"google_redis_instance\" \"r\" {\n  name = \"r\"\n  memory_size_gb = 1\n  %s\n}\n";
  private static final String TF_SERVICE = "resource \"google_cloud_run_v2_service\" \"s\" {\n  name = \"s\"\n  location = \"us-central1\"\n"
      + "  template {\n    %s\n  }\n}\n";

  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of("network: short name vs the API's path",
            TF_CONNECTOR.formatted("network = \"vpc\"\n  ip_cidr_range = \"10.8.0.0/28\""),
            connector("\"network\": \"projects/acme/global/networks/vpc\", \"ipCidrRange\": \"10.8.0.0/28\"")),
        Arguments.of("network: compute self link vs short name",
            TF_CONNECTOR.formatted("network = \"https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc\"\n  ip_cidr_range = \"10.8.0.0/28\""),
            connector("\"network\": \"vpc\", \"ipCidrRange\": \"10.8.0.0/28\"")),
        Arguments.of("machine_type and instances: left to the API's defaults",
            TF_CONNECTOR.formatted("network = \"vpc\"\n  ip_cidr_range = \"10.8.0.0/28\""),
            connector("\"network\": \"vpc\", \"ipCidrRange\": \"10.8.0.0/28\", \"machineType\": \"e2-micro\", \"minInstances\": 2, \"maxInstances\": 10")),
        Arguments.of("Redis authorized_network: name vs path",
            TF_REDIS.formatted("authorized_network = \"vpc\""),
            redis("\"authorizedNetwork\": \"projects/acme/global/networks/vpc\"")),
        Arguments.of("Redis connect_mode and transit encryption: unset vs the API's defaults",
            TF_REDIS.formatted("authorized_network = \"vpc\""),
            redis("\"authorizedNetwork\": \"projects/acme/global/networks/vpc\", \"connectMode\": \"DIRECT_PEERING\", \"transitEncryptionMode\": \"DISABLED\", \"authEnabled\": false")),
        Arguments.of("Redis reserved range: the same CIDR",
            TF_REDIS.formatted("authorized_network = \"vpc\"\n  reserved_ip_range = \"10.0.0.0/29\""),
            redis("\"authorizedNetwork\": \"projects/acme/global/networks/vpc\", \"reservedIpRange\": \"10.0.0.0/29\"")),
        Arguments.of("Redis reserved range under PSA: the range's name vs the block the API took from it",
            TF_REDIS.formatted("authorized_network = \"vpc\"\n  connect_mode = \"PRIVATE_SERVICE_ACCESS\"\n  reserved_ip_range = \"psa-range\""),
            redis("\"authorizedNetwork\": \"projects/acme/global/networks/vpc\", \"connectMode\": \"PRIVATE_SERVICE_ACCESS\", \"reservedIpRange\": \"10.60.0.0/29\"")),
        Arguments.of("connector: short name vs the full name",
            TF_SERVICE.formatted("vpc_access {\n      connector = \"c\"\n      egress = \"ALL_TRAFFIC\"\n    }"),
            serviceV2("{\"vpcAccess\": {\"connector\": \"projects/acme/locations/us-central1/connectors/c\", \"egress\": \"ALL_TRAFFIC\"}}")),
        Arguments.of("egress: unset vs the API's default PRIVATE_RANGES_ONLY",
            TF_SERVICE.formatted("vpc_access {\n      connector = \"projects/acme/locations/us-central1/connectors/c\"\n    }"),
            serviceV2("{\"vpcAccess\": {\"connector\": \"projects/acme/locations/us-central1/connectors/c\", \"egress\": \"PRIVATE_RANGES_ONLY\"}}")),
        Arguments.of("egress and connector: v2 enum and full name vs v1 annotations",
            TF_SERVICE.formatted("vpc_access {\n      connector = \"projects/acme/locations/us-central1/connectors/c\"\n      egress = \"ALL_TRAFFIC\"\n    }"),
            serviceV1("{\"run.googleapis.com/vpc-access-connector\": \"c\", \"run.googleapis.com/vpc-access-egress\": \"all-traffic\"}",
                "{\"containers\": []}")),
        Arguments.of("env: the same names and values in another order",
            TF_SERVICE.formatted("containers {\n      image = \"i\"\n      env {\n        name = \"A\"\n        value = \"1\"\n      }\n"
                + "      env {\n        name = \"B\"\n        value = \"2\"\n      }\n    }"),
            serviceV2("{\"containers\": [{\"env\": [{\"name\": \"B\", \"value\": \"2\"}, {\"name\": \"A\", \"value\": \"1\"}]}]}")),
        Arguments.of("Cloud SQL attachments: the same instances in another order",
            TF_SERVICE.formatted("volumes {\n      name = \"cloudsql\"\n      cloud_sql_instance {\n        instances = [\"acme:us-central1:b\", \"acme:us-central1:a\"]\n      }\n    }"),
            serviceV2("{\"volumes\": [{\"name\": \"cloudsql\", \"cloudSqlInstance\": {\"instances\": [\"acme:us-central1:a\", \"acme:us-central1:b\"]}}]}")),
        Arguments.of("scaling and service account: left to the API",
            TF_SERVICE.formatted("containers {\n      image = \"i\"\n    }"),
            serviceV2("{\"scaling\": {\"maxInstanceCount\": 100}, \"serviceAccount\": \"123-compute@developer.gserviceaccount.com\", \"containers\": [{}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void equalButDifferentlyWritten_isNotDrift(String pair, String terraform, String live) {
    RuleTester.of(new AttributeDrift(), getClass()).addTerraformLines("main.tf", PROVIDER + terraform)
        .withLiveSnapshotText(live).expectNoFindings();
  }
}
