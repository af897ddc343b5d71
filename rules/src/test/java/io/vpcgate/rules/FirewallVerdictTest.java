package io.vpcgate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vpcgate.input.snapshot.SnapshotReader;
import io.vpcgate.model.Cidr;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The egress verdict on live firewall rules, one condition at a time: the verdict a connector's VM
 * (tags vpc-connector, vpc-connector-us-central1-conn) gets for 10.0.0.3:6379 on acme/prod-vpc.
 * "allow"/"deny NAME" is a decided verdict, "unknown" an empty one.
 */
class FirewallVerdictTest {
  private static final NetworkRef PROD = new NetworkRef("acme", "prod-vpc");
  private static final List<String> CONNECTOR_TAGS = List.of("vpc-connector", "vpc-connector-us-central1-conn");
  private static final long REDIS = Cidr.parseIp("10.0.0.3").orElseThrow();

  /** A live firewall rule on prod-vpc; {@code fields} are extra JSON fields of its data. */
  private static String fw(String name, String fields) {
    return fw(name, "prod-vpc", fields);
  }

  private static String fw(String name, String network, String fields) {
    return """
        {"name": "//compute.googleapis.com/projects/acme/global/firewalls/%s",
         "assetType": "compute.googleapis.com/Firewall",
         "resource": {"version": "v1", "data": {"name": "%s",
           "network": "https://www.googleapis.com/compute/v1/projects/acme/global/networks/%s", %s}}}"""
        .formatted(name, name, network, fields);
  }

  private static String verdict(int port, String... firewalls) {
    return verdict(CONNECTOR_TAGS, REDIS, port, firewalls);
  }

  private static String verdict(List<String> tags, long ip, int port, String... firewalls) {
    ResourceGraph world = SnapshotReader.parseSnapshot("[" + String.join(",\n", firewalls) + "]", "live.json", false).graph();
    Optional<FirewallVerdict> v = FirewallVerdict.egress(world, PROD, tags, ip, port);
    return v.map(x -> (x.allowed() ? "allow" : "deny") + x.rule().map(r -> " " + r.id().nameOr("?")).orElse(""))
        .orElse("unknown");
  }

  private static final String DENY_ALL = "\"direction\": \"EGRESS\", \"priority\": 900, \"denied\": [{\"IPProtocol\": \"all\"}]";

  @Test
  void noMatchingRule_isTheImpliedAllow_aDecidedVerdictWithoutARule() {
    assertEquals("allow", verdict(6379));
  }

  @Test
  void anEgressDenyForAllInstances_denies() {
    assertEquals("deny deny-all", verdict(6379, fw("deny-all", DENY_ALL)));
  }

  @Test
  void onlyRulesOfTheSameNetwork_count() {
    assertEquals("allow", verdict(6379, fw("other-net", "other-vpc", DENY_ALL)));
  }

  @Test
  void ingressRules_doNotJudgeEgress() {
    assertEquals("allow", verdict(6379, fw("ingress", DENY_ALL.replace("EGRESS", "INGRESS"))));
  }

  @Test
  void disabledRules_doNotCount_enabledOnesDo() {
    assertEquals("allow", verdict(6379, fw("off", DENY_ALL + ", \"disabled\": true")));
    assertEquals("deny on", verdict(6379, fw("on", DENY_ALL + ", \"disabled\": false")));
  }

  @Test
  void targetTags_applyOnlyToInstancesCarryingOne() {
    assertEquals("allow", verdict(6379, fw("bastion", DENY_ALL + ", \"targetTags\": [\"bastion\"]")));
    assertEquals("deny mine", verdict(6379, fw("mine", DENY_ALL + ", \"targetTags\": [\"bastion\", "
        + "\"vpc-connector-us-central1-conn\"]")));
  }

  @Test
  void aDecidingRuleOnServiceAccounts_mightApply_soTheVerdictIsUnknown() {
    assertEquals("unknown", verdict(6379, fw("by-sa", DENY_ALL
        + ", \"targetServiceAccounts\": [\"svc@acme.iam.gserviceaccount.com\"]")));
    // A service-account rule that does not decide (a lower-priority one wins) leaves the verdict known.
    assertEquals("allow allow-redis", verdict(6379,
        fw("by-sa", DENY_ALL + ", \"targetServiceAccounts\": [\"svc@acme.iam.gserviceaccount.com\"]"),
        fw("allow-redis", "\"direction\": \"EGRESS\", \"priority\": 100, \"allowed\": [{\"IPProtocol\": \"tcp\"}]")));
  }

  @Test
  void destinationRanges_mustHoldTheAddress_aBareAddressIsASlash32() {
    assertEquals("allow", verdict(6379, fw("elsewhere", DENY_ALL + ", \"destinationRanges\": [\"192.168.0.0/16\"]")));
    assertEquals("allow", verdict(6379, fw("other-host", DENY_ALL + ", \"destinationRanges\": [\"10.0.0.4\"]")));
    assertEquals("allow", verdict(6379, fw("unreadable", DENY_ALL + ", \"destinationRanges\": [\"not-a-range\"]")));
    assertEquals("deny host", verdict(6379, fw("host", DENY_ALL + ", \"destinationRanges\": [\"192.168.0.0/16\", "
        + "\"10.0.0.3\"]")));
  }

  @Test
  void lowestPriorityNumberWins() {
    String allow = fw("allow-redis", "\"direction\": \"EGRESS\", \"priority\": 899, \"allowed\": [{\"IPProtocol\": \"tcp\", "
        + "\"ports\": [\"6379\"]}]");
    assertEquals("allow allow-redis", verdict(6379, fw("deny-all", DENY_ALL), allow));
    assertEquals("deny deny-all", verdict(6379, fw("deny-all", DENY_ALL), allow.replace("899", "901")));
  }

  @Test
  void aDenyWinsATie_inWhicheverOrderTheRulesAreListed() {
    String allow = fw("allow-redis", "\"direction\": \"EGRESS\", \"priority\": 900, \"allowed\": [{\"IPProtocol\": \"tcp\"}]");
    assertEquals("deny deny-all", verdict(6379, allow, fw("deny-all", DENY_ALL)));
    assertEquals("deny deny-all", verdict(6379, fw("deny-all", DENY_ALL), allow));
  }

  private static String denyPorts(String protocol, String ports) {
    return fw("deny", "\"direction\": \"EGRESS\", \"priority\": 900, \"denied\": [{\"IPProtocol\": \"" + protocol + "\""
        + (ports == null ? "" : ", \"ports\": [" + ports + "]") + "}]");
  }

  @Test
  void protocols_tcpByNameOrNumber_orAll_coverATcpPort_othersDoNot() {
    assertEquals("deny deny", verdict(6379, denyPorts("tcp", null)));
    assertEquals("deny deny", verdict(6379, denyPorts("TCP", "\"6379\"")));
    assertEquals("deny deny", verdict(6379, denyPorts("6", "\"6379\"")));
    assertEquals("deny deny", verdict(6379, denyPorts("all", null)));
    assertEquals("allow", verdict(6379, denyPorts("udp", null)));
    assertEquals("allow", verdict(6379, denyPorts("udp", "\"6379\"")));
    assertEquals("allow", verdict(6379, denyPorts("17", "\"6379\"")));
  }

  @Test
  void aSinglePort_coversOnlyItself() {
    assertEquals("allow", verdict(6378, denyPorts("tcp", "\"6379\"")));
    assertEquals("deny deny", verdict(6379, denyPorts("tcp", "\"6379\"")));
    assertEquals("allow", verdict(6380, denyPorts("tcp", "\"6379\"")));
  }

  @Test
  void aPortRange_coversBothEndsAndNothingOutside() {
    assertEquals("allow", verdict(5999, denyPorts("tcp", "\"6000-7000\"")));
    assertEquals("deny deny", verdict(6000, denyPorts("tcp", "\"6000-7000\"")));
    assertEquals("deny deny", verdict(7000, denyPorts("tcp", "\"6000-7000\"")));
    assertEquals("allow", verdict(7001, denyPorts("tcp", "\"6000-7000\"")));
    assertEquals("allow", verdict(5432, denyPorts("tcp", "\"6000-7000\"")));
  }

  @Test
  void anyOfSeveralPortSpecs_covers() {
    assertEquals("deny deny", verdict(6379, denyPorts("tcp", "\"22\", \"6000-7000\"")));
    assertEquals("allow", verdict(6379, denyPorts("tcp", "\"22\", \"443\"")));
  }

  @Test
  void aPortSpecThatCannotBeRead_mightBeThisPort() {
    assertEquals("deny deny", verdict(5432, denyPorts("tcp", "\"http\"")));
    assertEquals("deny deny", verdict(5432, denyPorts("tcp", "\"6000-\"")));
    assertEquals("deny deny", verdict(5432, denyPorts("tcp", "\"-80\"")));
  }

  @Test
  void anAllowIsMatchedOnItsOwnPorts_notOnTheDeniedOnes() {
    String allow = fw("allow-ssh", "\"direction\": \"EGRESS\", \"priority\": 100, \"allowed\": [{\"IPProtocol\": \"tcp\", "
        + "\"ports\": [\"22\"]}]");
    assertEquals("deny deny-all", verdict(6379, allow, fw("deny-all", DENY_ALL)));
    assertEquals("allow allow-ssh", verdict(22, allow, fw("deny-all", DENY_ALL)));
  }
}
