package io.vpcgate.model;

import java.util.List;
import java.util.Map;

/**
 * Anything that runs code and sends traffic into the VPC: Cloud Run services, v1 and v2, and the
 * other serverless kinds the registry lists.
 * Wiring rules speak of workloads: their egress path, scaling bounds, environment (names and
 * references; values only as literals that are never printed), identity, region ({@link #id()}) and
 * labels. Each kind writes these fields in its own places: the registry maps the fields below.
 */
public interface Workload extends Resource {
  Field LOCATION = new Field("location");
  Field VPC_ACCESS = new Field("vpc access");
  Field CONNECTOR = new Field("connector");
  Field EGRESS = new Field("egress");
  Field NETWORK_INTERFACES = new Field("network interfaces");
  Field FIRST_NETWORK_INTERFACE = new Field("first network interface");
  Field MIN_INSTANCES = new Field("min instances");
  Field MAX_INSTANCES = new Field("max instances");
  Field SERVICE_ACCOUNT = new Field("service account");
  Field CLOUD_SQL_INSTANCES = new Field("cloud sql instances");
  Field ENV = new Field("env");
  Field LABELS = new Field("labels");

  EgressPath egress();

  Attr<Integer> minInstances();

  /** The most instances it runs at once (per revision for Cloud Run); absent: the platform's default. */
  Attr<Integer> maxInstances();

  /**
   * The most instances the platform runs when the configuration sets none, where that is documented
   * for the kind (Cloud Run services: 100); empty where it is not, so nothing is assumed.
   */
  default java.util.Optional<Integer> defaultMaxInstances() {
    return java.util.Optional.empty();
  }

  /** Every environment variable of every container. */
  List<EnvVar> env();

  /**
   * The environment variables grouped by the container (process) that sees them, so that variables
   * that belong together (REDIS_HOST and REDIS_PORT) are looked up where the code reads them: by the
   * container their path names ({@code ...containers[1].env[0]}), one group where there is one.
   */
  default List<List<EnvVar>> envByContainer() {
    java.util.Map<String, List<EnvVar>> groups = new java.util.LinkedHashMap<>();
    for (EnvVar e : env()) {
      int at = e.path().lastIndexOf(".env");
      groups.computeIfAbsent(at < 0 ? "" : e.path().substring(0, at), k -> new java.util.ArrayList<>()).add(e);
    }
    return groups.isEmpty() ? List.of(List.of()) : List.copyOf(groups.values());
  }

  /** The service account it runs as; absent: the platform's default identity. */
  Attr<String> serviceAccount();

  /**
   * The subnet addresses one instance takes with Direct VPC egress over time: Cloud Run services
   * and worker pools hold about twice as many addresses as instances in steady state (a revision
   * that scales down keeps its addresses for a while); a kind that frees them with each instance
   * says 1.
   */
  default int directVpcAddressesPerInstance() {
    return 2;
  }

  /**
   * The service agent of project {@code projectNumber} that attaches this kind of workload to a
   * Serverless VPC Access connector (and so needs Serverless VPC Access User where the connector
   * is): Cloud Run's, unless the kind says otherwise.
   */
  default String connectorAgent(String projectNumber) {
    return "service-" + projectNumber + "@serverless-robot-prod.iam.gserviceaccount.com";
  }

  /** Cloud SQL instances it attaches by connection name ({@code project:region:instance}). */
  Attr<List<String>> cloudSqlInstances();

  /**
   * The user labels ({@code env: prod}), so that a rule can speak of production: what the
   * configuration or the API's {@code labels} say, without the keys Google adds itself ({@code
   * goog-*}, {@code cloud.googleapis.com/*}), so that Terraform and the live read compare. Known-empty
   * when the input sets none (an HCL block without {@code labels}); unknown when the map, or one of
   * its values, is not known before apply.
   */
  Attr<Map<String, String>> labels();
}
