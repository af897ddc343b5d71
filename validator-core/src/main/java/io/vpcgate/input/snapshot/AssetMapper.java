package io.vpcgate.input.snapshot;

import static io.vpcgate.input.snapshot.Json.array;
import static io.vpcgate.input.snapshot.Json.bool;
import static io.vpcgate.input.snapshot.Json.integer;
import static io.vpcgate.input.snapshot.Json.last;
import static io.vpcgate.input.snapshot.Json.obj;
import static io.vpcgate.input.snapshot.Json.str;
import static io.vpcgate.input.snapshot.Json.strings;

import com.fasterxml.jackson.databind.JsonNode;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Firewall;
import io.vpcgate.model.GlobalAddress;
import io.vpcgate.model.Network;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.Origin;
import io.vpcgate.model.RedisInstance;
import io.vpcgate.model.Resource;
import io.vpcgate.model.ResourceId;
import io.vpcgate.model.Project;
import io.vpcgate.model.Router;
import io.vpcgate.model.Secret;
import io.vpcgate.model.SecretVersion;
import io.vpcgate.model.SqlInstance;
import io.vpcgate.model.Subnetwork;
import io.vpcgate.model.VpcConnector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps one asset's REST JSON into the core model, by asset type. */
final class AssetMapper {
  private AssetMapper() {}

  private static final java.util.Set<String> TYPES = java.util.Set.of("vpcaccess.googleapis.com/Connector",
      "run.googleapis.com/Service", "redis.googleapis.com/Instance", "sqladmin.googleapis.com/Instance",
      "compute.googleapis.com/Network", "compute.googleapis.com/Subnetwork", "compute.googleapis.com/GlobalAddress",
      "compute.googleapis.com/Firewall", "compute.googleapis.com/Router", "secretmanager.googleapis.com/Secret",
      "secretmanager.googleapis.com/SecretVersion", "cloudresourcemanager.googleapis.com/Project");
  /** Whose IAM policies the rules read: projects and their ancestors, and secrets. */
  private static final java.util.Set<String> POLICY_TYPES = java.util.Set.of("cloudresourcemanager.googleapis.com/Project",
      "cloudresourcemanager.googleapis.com/Folder", "cloudresourcemanager.googleapis.com/Organization",
      "secretmanager.googleapis.com/Secret");

  /** The resource an asset describes and, from an IAM policy export, its policy. */
  static List<Resource> map(Asset a) {
    List<Resource> out = new ArrayList<>();
    if (a.iamPolicy() != null && POLICY_TYPES.contains(a.assetType())) {
      out.add(IamPolicyMapper.map(a));
    }
    if (!TYPES.contains(a.assetType()) || (a.data() == null && a.iamPolicy() != null)) {
      return out;
    }
    if (a.data() == null || !a.data().isObject()) {
      throw new MalformedAssetException("resource.data is missing or not an object");
    }
    resource(a).ifPresent(out::add);
    return out;
  }

  private static Optional<Resource> resource(Asset a) {
    String type = a.assetType();
    JsonNode d = a.data();
    Origin origin = Origin.live(a.resourceName());
    return Optional.of(switch (type) {
      case "vpcaccess.googleapis.com/Connector" -> connector(a, d, origin);
      case "run.googleapis.com/Service" -> RunServiceAssetMapper.map(a, d, origin);
      case "redis.googleapis.com/Instance" -> redis(a, d, origin);
      case "sqladmin.googleapis.com/Instance" -> sql(a, d, origin);
      case "compute.googleapis.com/Network" -> new Network(origin, id(Network.KIND, a, "global"),
          bool(d, "autoCreateSubnetworks").isAbsent() ? Attr.known(false) : bool(d, "autoCreateSubnetworks"),
          array(d, "peerings").stream().map(p -> new Network.Peering(str(p, "name").known().orElse(""),
              str(p, "network").known().orElse(""), str(p, "state"))).toList());
      case "compute.googleapis.com/Subnetwork" -> new Subnetwork(origin, id(Subnetwork.KIND, a, region(a, d)),
          network(d, "network", a), str(d, "ipCidrRange"),
          array(d, "secondaryIpRanges").stream().map(s -> str(s, "ipCidrRange")).toList());
      case "compute.googleapis.com/GlobalAddress" -> new GlobalAddress(origin, id(GlobalAddress.KIND, a, "global"),
          network(d, "network", a), str(d, "address"), integer(d, "prefixLength"), str(d, "purpose"));
      case "compute.googleapis.com/Firewall" -> firewall(a, d, origin);
      case "secretmanager.googleapis.com/Secret" -> new Secret(origin, id(Secret.KIND, a, "global"));
      case "secretmanager.googleapis.com/SecretVersion" -> new SecretVersion(origin,
          ResourceId.of(SecretVersion.KIND, a.segment("projects"), "global", a.segment("secrets") + "/" + a.shortName()),
          Attr.ofNullable(a.segment("secrets")), Attr.known(a.shortName()), str(d, "state"));
      case "cloudresourcemanager.googleapis.com/Project" -> new Project(origin,
          ResourceId.of(Project.KIND, str(d, "projectId").known().orElse(a.shortName()), "global",
              str(d, "projectId").known().orElse(a.shortName())), str(d, "projectNumber"));
      default -> router(a, d, origin);
    });
  }

  static ResourceId id(String kind, Asset a, String region) {
    return ResourceId.of(kind, a.segment("projects"), region, a.shortName());
  }

  private static String region(Asset a, JsonNode d) {
    Attr<String> r = str(d, "region");
    if (r.isKnown()) {
      return last(r.known().get());
    }
    String seg = a.segment("regions");
    if (seg == null) {
      seg = a.segment("locations");
    }
    return seg != null ? seg : a.location();
  }

  static Attr<NetworkRef> network(JsonNode d, String field, Asset a) {
    Attr<String> text = str(d, field);
    if (!text.isKnown()) {
      return Attr.absent();
    }
    return NetworkRef.parse(text.known().get(), Optional.ofNullable(a.segment("projects")))
        .<Attr<NetworkRef>>map(Attr::known)
        .orElseThrow(() -> new MalformedAssetException(field + " is not a network name: " + text.known().get()));
  }

  private static VpcConnector connector(Asset a, JsonNode d, Origin origin) {
    JsonNode subnet = obj(d, "subnet");
    return new VpcConnector(origin, id(VpcConnector.KIND, a, region(a, d)), network(d, "network", a),
        str(d, "ipCidrRange"), str(subnet, "name"), str(subnet, "projectId"),
        integer(d, "minInstances"), integer(d, "maxInstances"),
        integer(d, "minThroughput"), integer(d, "maxThroughput"), str(d, "machineType"), str(d, "state"));
  }

  private static RedisInstance redis(Asset a, JsonNode d, Origin origin) {
    return new RedisInstance(origin, id(RedisInstance.KIND, a, region(a, d)), network(d, "authorizedNetwork", a),
        str(d, "connectMode").isAbsent() ? Attr.known("DIRECT_PEERING") : str(d, "connectMode"),
        str(d, "reservedIpRange"), str(d, "host"), integer(d, "port"),
        bool(d, "authEnabled").isAbsent() ? Attr.known(false) : bool(d, "authEnabled"),
        str(d, "transitEncryptionMode"), str(d, "tier").isAbsent() ? Attr.known("BASIC") : str(d, "tier"),
        str(d, "redisVersion"), str(d, "readReplicasMode"));
  }

  private static SqlInstance sql(Asset a, JsonNode d, Origin origin) {
    JsonNode settings = obj(d, "settings");
    JsonNode ip = obj(settings, "ipConfiguration");
    String project = str(d, "project").known().orElse(a.segment("projects"));
    String name = str(d, "name").known().orElse(a.shortName());
    String region = str(d, "region").known().orElse(a.location());
    Attr<String> privateIp = Attr.absent();
    for (JsonNode addr : array(d, "ipAddresses")) {
      if (str(addr, "type").known().orElse("").equals("PRIVATE")) {
        privateIp = str(addr, "ipAddress");
      }
    }
    Map<String, String> flags = new LinkedHashMap<>();
    for (JsonNode f : array(settings, "databaseFlags")) {
      flags.put(str(f, "name").known().orElse(""), str(f, "value").known().orElse(""));
    }
    return new SqlInstance(origin, ResourceId.of(SqlInstance.KIND, project, region, name),
        str(d, "connectionName"), str(d, "databaseVersion"), str(settings, "tier"),
        bool(ip, "ipv4Enabled").isAbsent() ? Attr.known(true) : bool(ip, "ipv4Enabled"),
        network(ip, "privateNetwork", a), privateIp, Attr.known(flags), str(ip, "allocatedIpRange"), str(ip, "sslMode"),
        bool(ip, "requireSsl"), str(ip, "serverCaMode"), bool(obj(ip, "pscConfig"), "pscEnabled"));
  }

  private static Firewall firewall(Asset a, JsonNode d, Origin origin) {
    return new Firewall(origin, id(Firewall.KIND, a, "global"), network(d, "network", a),
        str(d, "direction").isAbsent() ? Attr.known("INGRESS") : str(d, "direction"),
        integer(d, "priority").isAbsent() ? Attr.known(1000) : integer(d, "priority"),
        bool(d, "disabled").isAbsent() ? Attr.known(false) : bool(d, "disabled"),
        strings(d, "targetTags"), strings(d, "sourceRanges"), strings(d, "destinationRanges"),
        protocols(array(d, "allowed")), protocols(array(d, "denied")), strings(d, "targetServiceAccounts"));
  }

  private static List<String> protocols(List<JsonNode> rules) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : rules) {
      String proto = str(r, "IPProtocol").known().orElse("all");
      List<String> ports = strings(r, "ports");
      if (ports.isEmpty()) {
        out.add(proto);
      } else {
        ports.forEach(p -> out.add(proto + ":" + p));
      }
    }
    return out;
  }

  private static Router router(Asset a, JsonNode d, Origin origin) {
    List<Router.Nat> nats = new ArrayList<>();
    for (JsonNode n : array(d, "nats")) {
      List<String> subnets = new ArrayList<>();
      for (JsonNode s : array(n, "subnetworks")) {
        str(s, "name").known().ifPresent(x -> subnets.add(last(x)));
      }
      nats.add(new Router.Nat(str(n, "name"), str(n, "sourceSubnetworkIpRangesToNat"), subnets));
    }
    return new Router(origin, id(Router.KIND, a, region(a, d)), network(d, "network", a), nats);
  }
}
