package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.gcp.FakeBehaviour;
import io.vpcgate.gcp.FakeGcp;
import io.vpcgate.gcp.GcpLiveSource;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every API vpcgate reads failing in every way it can (403, 404, 429 that never recovers, 500, no
 * answer, a malformed answer), one at a time, through the CLI and the real clients: the gate never
 * passes (exit 5, incomplete), the report says which list could not be read, and nothing crashes.
 */
class LiveFaultMatrixTest {
  private static final String PROJECT = "acme-staging";
  private FakeGcp gcp;

  /** An API by the fake's method name, gRPC or REST, and whether the read goes through Cloud Asset Inventory. */
  record Api(String title, String method, boolean rest, boolean assetScope) {}

  /** A way to fail, for gRPC and REST. */
  record Fault(String name, BiConsumer<FakeBehaviour, Api> inject) {}

  private static final List<Api> APIS = List.of(
      new Api("Cloud Run services", "Services/ListServices", false, false),
      new Api("VPC Access connectors", "VpcAccessService/ListConnectors", false, false),
      new Api("Memorystore instances", "CloudRedis/ListInstances", false, false),
      new Api("Cloud Run jobs", "Jobs/ListJobs", false, false),
      new Api("Cloud Run worker pools", "WorkerPools/ListWorkerPools", false, false),
      new Api("Cloud SQL instances", "GET /v1/projects/" + PROJECT + "/instances", true, false),
      new Api("networks", "global/networks", true, false),
      new Api("global addresses", "global/addresses", true, false),
      new Api("firewall rules", "global/firewalls", true, false),
      new Api("subnetworks", "aggregated/subnetworks", true, false),
      new Api("routers", "aggregated/routers", true, false),
      new Api("Cloud Functions", "FunctionService/ListFunctions", false, false),
      new Api("Cloud Asset Inventory", "AssetService/ListAssets", false, true),
      new Api("Memorystore for Redis clusters", "CloudRedisCluster/ListClusters", false, false),
      new Api("service connection policies", "CrossNetworkAutomationService/ListServiceConnectionPolicies", false, false),
      new Api("Memorystore for Valkey instances", "GET /v1/projects/" + PROJECT + "/locations/-/instances", true, false),
      new Api("AlloyDB clusters", "AlloyDBAdmin/ListClusters", false, false),
      new Api("AlloyDB instances", "AlloyDBAdmin/ListInstances", false, false),
      new Api("Memcached instances", "CloudMemcache/ListInstances", false, false),
      new Api("Cloud DNS zones", "GET /dns/v1/projects/" + PROJECT + "/managedZones", true, false),
      new Api("forwarding rules", "aggregated/forwardingRules", true, false));

  private static final List<Fault> FAULTS = List.of(
      new Fault("403", (b, api) -> b.fail(api.method(), repeat(api.rest() ? 403 : 7))),
      new Fault("404", (b, api) -> b.fail(api.method(), repeat(api.rest() ? 404 : 5))),
      new Fault("429", (b, api) -> b.fail(api.method(), repeat(api.rest() ? 429 : 8))),
      new Fault("500", (b, api) -> b.fail(api.method(), repeat(api.rest() ? 500 : 13))),
      new Fault("timeout", (b, api) -> b.hangOn(api.method())),
      new Fault("malformed", (b, api) -> b.malform(api.method())));

  static Stream<Arguments> faults() {
    List<Arguments> out = new ArrayList<>();
    for (Api api : APIS) {
      for (Fault f : FAULTS) {
        out.add(Arguments.of(api.title() + " " + f.name(), api, f));
      }
    }
    return out.stream();
  }

  private static Integer[] repeat(int code) {
    Integer[] codes = new Integer[12];
    java.util.Arrays.fill(codes, code);
    return codes;
  }

  @BeforeEach
  void start() throws IOException {
    gcp = new FakeGcp().load(LiveCheckTest.incidentLiveWithV2Service());
  }

  @AfterEach
  void stop() {
    gcp.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void neverPasses(String name, Api api, Fault fault) throws IOException {
    fault.inject().accept(gcp.behaviour(), api);
    List<String> args = new ArrayList<>(List.of("check", CheckCommandTest.SAMPLE.resolve("terraform").toString(),
        "--format", "json"));
    args.addAll(api.assetScope() ? List.of("--asset-scope", "projects/" + PROJECT) : List.of("--project", PROJECT));
    CliRunner r = CliRunner.run(new GcpLiveSource(gcp.options()).withTimeouts(Duration.ofMillis(700),
        Duration.ofSeconds(10)), args.toArray(String[]::new));
    Outcome.assertClean(r);
    assertEquals(5, r.code(), name + ": the gate must fail closed\n" + r.err());
    assertTrue(r.err().contains("cannot list"), r.err());
    ReportSchemaTest.assertValid(r.out());
  }
}
