package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.compute.v1.AggregatedListRoutersRequest;
import com.google.cloud.compute.v1.AggregatedListSubnetworksRequest;
import com.google.cloud.compute.v1.Firewall;
import com.google.cloud.compute.v1.FirewallsClient;
import com.google.cloud.compute.v1.GlobalAddressesClient;
import com.google.cloud.compute.v1.ListFirewallsRequest;
import com.google.cloud.compute.v1.ListGlobalAddressesRequest;
import com.google.cloud.compute.v1.ListNetworksRequest;
import com.google.cloud.compute.v1.Network;
import com.google.cloud.compute.v1.NetworksClient;
import com.google.cloud.compute.v1.Router;
import com.google.cloud.compute.v1.RoutersClient;
import com.google.cloud.compute.v1.RoutersScopedList;
import com.google.cloud.compute.v1.Subnetwork;
import com.google.cloud.compute.v1.SubnetworksClient;
import com.google.cloud.compute.v1.SubnetworksScopedList;
import com.google.cloud.compute.v1.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The project's VPC networks (with their peerings), global addresses (Private Service Access
 * ranges) and firewall rules, and, with one aggregated list each across every region, its
 * subnetworks and routers (with their Cloud NATs).
 */
final class ComputeFetcher {
  private static final String COMPUTE = "compute.googleapis.com";
  private static final String SELF_LINK_PREFIX = "/compute/v1/";

  private ComputeFetcher() {}

  static List<ObjectNode> networks(Clients clients, String project, int pageSize, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    ListNetworksRequest request = ListNetworksRequest.newBuilder().setProject(project).setMaxResults(pageSize).build();
    var pages = clients.networks().list(request).iteratePages();
    for (NetworksClient.ListPage page : PageTokens.follow(pages, calls)) {
      for (Network n : page.getValues()) {
        out.add(asset(name(n.getSelfLink(), "projects/" + project + "/global/networks/" + n.getName()), "Network",
            "global", CaiAsset.json(n)));
      }
    }
    return out;
  }

  static List<ObjectNode> globalAddresses(Clients clients, String project, int pageSize, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    ListGlobalAddressesRequest request = ListGlobalAddressesRequest.newBuilder().setProject(project)
        .setMaxResults(pageSize).build();
    var pages = clients.globalAddresses().list(request).iteratePages();
    for (GlobalAddressesClient.ListPage page : PageTokens.follow(pages, calls)) {
      for (Address a : page.getValues()) {
        out.add(asset(name(a.getSelfLink(), "projects/" + project + "/global/addresses/" + a.getName()), "GlobalAddress",
            "global", CaiAsset.json(a)));
      }
    }
    return out;
  }

  static List<ObjectNode> firewalls(Clients clients, String project, int pageSize, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    ListFirewallsRequest request = ListFirewallsRequest.newBuilder().setProject(project).setMaxResults(pageSize).build();
    var pages = clients.firewalls().list(request).iteratePages();
    for (FirewallsClient.ListPage page : PageTokens.follow(pages, calls)) {
      for (Firewall f : page.getValues()) {
        out.add(asset(name(f.getSelfLink(), "projects/" + project + "/global/firewalls/" + f.getName()), "Firewall",
            "global", CaiAsset.json(f)));
      }
    }
    return out;
  }

  /**
   * The project's Shared VPC host, as one asset ({@code hostProject} only: the host's Project
   * resource carries its metadata, which is never kept), or none when the project is attached to
   * no host.
   */
  static List<ObjectNode> xpnHost(Clients clients, String project, Calls calls) throws IOException {
    calls.add();
    String host = clients.projects().getXpnHost(project).getName();
    if (host.isEmpty()) {
      return List.of();
    }
    ObjectNode data = CaiAsset.json("{}");
    data.put("hostProject", host);
    String assetType = io.vpcgate.kinds.Kinds.named(io.vpcgate.model.SharedVpcServiceProject.KIND)
        .flatMap(io.vpcgate.kind.Kind::assetType).orElseThrow();
    return List.of(CaiAsset.of(COMPUTE, "projects/" + project, assetType, "v1", "global", data));
  }

  static List<ObjectNode> subnetworks(Clients clients, String project, LiveRequest req, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    AggregatedListSubnetworksRequest request = AggregatedListSubnetworksRequest.newBuilder().setProject(project)
        .setMaxResults(req.pageSize()).build();
    var pages = clients.subnetworks().aggregatedList(request).iteratePages();
    for (SubnetworksClient.AggregatedListPage page : PageTokens.follow(pages, calls)) {
      for (Map.Entry<String, SubnetworksScopedList> scope : page.getValues()) {
        String region = CaiAsset.last(scope.getKey());
        if (!req.wants(region)) {
          continue;
        }
        for (Subnetwork s : scope.getValue().getSubnetworksList()) {
          out.add(asset(name(s.getSelfLink(), "projects/" + project + "/regions/" + region + "/subnetworks/" + s.getName()),
              "Subnetwork", region, CaiAsset.json(s)));
        }
      }
    }
    return out;
  }

  static List<ObjectNode> routers(Clients clients, String project, LiveRequest req, Calls calls) throws IOException {
    List<ObjectNode> out = new ArrayList<>();
    AggregatedListRoutersRequest request = AggregatedListRoutersRequest.newBuilder().setProject(project)
        .setMaxResults(req.pageSize()).build();
    var pages = clients.routers().aggregatedList(request).iteratePages();
    for (RoutersClient.AggregatedListPage page : PageTokens.follow(pages, calls)) {
      for (Map.Entry<String, RoutersScopedList> scope : page.getValues()) {
        String region = CaiAsset.last(scope.getKey());
        if (!req.wants(region)) {
          continue;
        }
        for (Router r : scope.getValue().getRoutersList()) {
          out.add(asset(name(r.getSelfLink(), "projects/" + project + "/regions/" + region + "/routers/" + r.getName()),
              "Router", region, CaiAsset.json(r)));
        }
      }
    }
    return out;
  }

  private static ObjectNode asset(String name, String kind, String location, ObjectNode data) {
    return CaiAsset.of(COMPUTE, name, COMPUTE + "/" + kind, "v1", location, data);
  }

  /** {@code projects/P/...} from a self link ({@code https://www.googleapis.com/compute/v1/projects/P/...}). */
  private static String name(String selfLink, String fallback) {
    int i = selfLink.indexOf(SELF_LINK_PREFIX);
    return i < 0 ? fallback : selfLink.substring(i + SELF_LINK_PREFIX.length());
  }
}
