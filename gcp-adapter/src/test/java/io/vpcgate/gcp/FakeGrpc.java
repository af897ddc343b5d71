package io.vpcgate.gcp;

import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.cloud.asset.v1.Asset;
import com.google.cloud.asset.v1.AssetServiceGrpc;
import com.google.cloud.asset.v1.ListAssetsRequest;
import com.google.cloud.asset.v1.ListAssetsResponse;
import com.google.cloud.functions.v2.Function;
import com.google.cloud.functions.v2.FunctionServiceGrpc;
import com.google.cloud.functions.v2.ListFunctionsRequest;
import com.google.cloud.functions.v2.ListFunctionsResponse;
import com.google.cloud.redis.v1.CloudRedisGrpc;
import com.google.cloud.redis.v1.Instance;
import com.google.cloud.redis.v1.ListInstancesRequest;
import com.google.cloud.redis.v1.ListInstancesResponse;
import com.google.cloud.run.v2.ListServicesRequest;
import com.google.cloud.run.v2.ListServicesResponse;
import com.google.cloud.run.v2.Service;
import com.google.cloud.run.v2.ServicesGrpc;
import com.google.cloud.vpcaccess.v1.Connector;
import com.google.cloud.vpcaccess.v1.ListConnectorsRequest;
import com.google.cloud.vpcaccess.v1.ListConnectorsResponse;
import com.google.cloud.vpcaccess.v1.VpcAccessServiceGrpc;
import io.grpc.ForwardingServerCallListener;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * In-process gRPC servers for the gRPC APIs (Cloud Run v2, VPC Access, Memorystore, Cloud Asset,
 * Cloud Functions v2, Redis Cluster, Network Connectivity, Cloud Run jobs and worker pools, App Engine, AlloyDB,
 * Memcache),
 * serving the resources a test puts in them, in pages, through {@link FakeBehaviour}. Every call
 * goes through an interceptor that records it, waits the latency and injects failures.
 */
final class FakeGrpc implements AutoCloseable {
  final List<Service> services = new CopyOnWriteArrayList<>();
  final List<Connector> connectors = new CopyOnWriteArrayList<>();
  final List<Instance> redis = new CopyOnWriteArrayList<>();
  final List<Asset> assets = new CopyOnWriteArrayList<>();
  final List<Asset> policies = new CopyOnWriteArrayList<>();
  final List<Function> functions = new CopyOnWriteArrayList<>();
  /** Every Cloud Functions list request, as the client sent it. */
  final List<ListFunctionsRequest> functionRequests = new CopyOnWriteArrayList<>();
  /** Locations the Cloud Functions list reports as unreachable. */
  final List<String> unreachableFunctionLocations = new CopyOnWriteArrayList<>();
  /** The parent and page token of each list request the Redis Cluster and Network Connectivity fakes served. */
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<com.google.cloud.redis.cluster.v1.Cluster> clusters = new CopyOnWriteArrayList<>();
  final List<com.google.cloud.networkconnectivity.v1.ServiceConnectionPolicy> connectionPolicies = new CopyOnWriteArrayList<>();
  final FakeServerless serverless;
  final List<com.google.cloud.alloydb.v1.Cluster> alloyDbClusters = new CopyOnWriteArrayList<>();
  final List<com.google.cloud.alloydb.v1.Instance> alloyDbInstances = new CopyOnWriteArrayList<>();
  final List<com.google.cloud.memcache.v1.Instance> memcache = new CopyOnWriteArrayList<>();
  /** The parent of every AlloyDB and Memcache list request ("AlloyDBAdmin/ListClusters projects/acme/locations/-"). */
  final List<String> parents = new CopyOnWriteArrayList<>();
  private final FakeBehaviour behaviour;
  private final Server server;
  private final ManagedChannel channel;
  private Server tcp;

  FakeGrpc(FakeBehaviour behaviour) throws IOException {
    this.behaviour = behaviour;
    this.serverless = new FakeServerless(behaviour);
    String name = InProcessServerBuilder.generateName();
    ServerInterceptor every = new Every();
    server = InProcessServerBuilder.forName(name).executor(java.util.concurrent.Executors.newCachedThreadPool())
        .addService(ServerInterceptors.intercept(new Run(), every))
        .addService(ServerInterceptors.intercept(new VpcAccess(), every))
        .addService(ServerInterceptors.intercept(new Redis(), every))
        .addService(ServerInterceptors.intercept(new Assets(), every))
        .addService(ServerInterceptors.intercept(new Functions(), every))
        .addService(ServerInterceptors.intercept(new RedisClusters(), every))
        .addService(ServerInterceptors.intercept(new ConnectionPolicies(), every))
        .addServices(serverless.services().stream().map(x -> ServerInterceptors.intercept(x, every)).toList())
        .addService(ServerInterceptors.intercept(new AlloyDb(), every))
        .addService(ServerInterceptors.intercept(new Memcache(), every))
        .build().start();
    channel = InProcessChannelBuilder.forName(name).executor(java.util.concurrent.Executors.newCachedThreadPool()).build();
  }

  Map<Api, TransportChannelProvider> channels() {
    TransportChannelProvider p = FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel));
    // Every gRPC API to the fake: one left out would reach Google itself.
    Map<Api, TransportChannelProvider> all = new java.util.EnumMap<>(Api.class);
    for (Api api : Api.values()) {
      all.put(api, p);
    }
    return all;
  }

  /** The same services on a loopback TCP port as well (for a vpcgate process of its own); returns the port. */
  synchronized int listenOnLoopback() throws IOException {
    if (tcp == null) {
      ServerInterceptor every = new Every();
      tcp = io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder
          .forAddress(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0))
          .addService(ServerInterceptors.intercept(new Run(), every))
          .addService(ServerInterceptors.intercept(new VpcAccess(), every))
          .addService(ServerInterceptors.intercept(new Redis(), every))
          .addService(ServerInterceptors.intercept(new Assets(), every))
          .addService(ServerInterceptors.intercept(new Functions(), every))
          .addService(ServerInterceptors.intercept(new RedisClusters(), every))
          .addService(ServerInterceptors.intercept(new ConnectionPolicies(), every))
          .addServices(serverless.services().stream().map(x -> ServerInterceptors.intercept(x, every)).toList())
          .addService(ServerInterceptors.intercept(new AlloyDb(), every))
          .addService(ServerInterceptors.intercept(new Memcache(), every))
          .build().start();
    }
    return tcp.getPort();
  }

  @Override
  public void close() {
    channel.shutdownNow();
    server.shutdownNow();
    if (tcp != null) {
      tcp.shutdownNow();
    }
  }

  private static String region(String parent) {
    String[] p = parent.split("/");
    return p.length > 3 ? p[3] : "";
  }

  private static boolean in(String name, String parent) {
    String r = region(parent);
    return name.startsWith("projects/" + parent.split("/")[1] + "/") && (r.equals("-") || name.contains("/locations/" + r + "/"));
  }

  private final class Run extends ServicesGrpc.ServicesImplBase {
    @Override
    public void listServices(ListServicesRequest req, StreamObserver<ListServicesResponse> out) {
      var page = behaviour.page("Services/ListServices", services.stream().filter(s -> in(s.getName(), req.getParent())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListServicesResponse.newBuilder().addAllServices(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class VpcAccess extends VpcAccessServiceGrpc.VpcAccessServiceImplBase {
    @Override
    public void listConnectors(ListConnectorsRequest req, StreamObserver<ListConnectorsResponse> out) {
      var page = behaviour.page("VpcAccessService/ListConnectors", connectors.stream().filter(c -> in(c.getName(), req.getParent())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListConnectorsResponse.newBuilder().addAllConnectors(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class Redis extends CloudRedisGrpc.CloudRedisImplBase {
    @Override
    public void listInstances(ListInstancesRequest req, StreamObserver<ListInstancesResponse> out) {
      var page = behaviour.page("CloudRedis/ListInstances", redis.stream().filter(i -> in(i.getName(), req.getParent())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListInstancesResponse.newBuilder().addAllInstances(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class RedisClusters extends com.google.cloud.redis.cluster.v1.CloudRedisClusterGrpc.CloudRedisClusterImplBase {
    @Override
    public void listClusters(com.google.cloud.redis.cluster.v1.ListClustersRequest req,
        StreamObserver<com.google.cloud.redis.cluster.v1.ListClustersResponse> out) {
      requests.add("ListClusters " + req.getParent() + " token=" + req.getPageToken());
      var page = behaviour.page("CloudRedisCluster/ListClusters", clusters.stream().filter(c -> in(c.getName(), req.getParent()))
          .toList(), req.getPageToken(), req.getPageSize());
      out.onNext(com.google.cloud.redis.cluster.v1.ListClustersResponse.newBuilder().addAllClusters(page.items())
          .setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class ConnectionPolicies
      extends com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceGrpc.CrossNetworkAutomationServiceImplBase {
    @Override
    public void listServiceConnectionPolicies(com.google.cloud.networkconnectivity.v1.ListServiceConnectionPoliciesRequest req,
        StreamObserver<com.google.cloud.networkconnectivity.v1.ListServiceConnectionPoliciesResponse> out) {
      requests.add("ListServiceConnectionPolicies " + req.getParent() + " token=" + req.getPageToken());
      var page = behaviour.page("CrossNetworkAutomationService/ListServiceConnectionPolicies", connectionPolicies.stream()
          .filter(p -> in(p.getName(), req.getParent())).toList(), req.getPageToken(), req.getPageSize());
      out.onNext(com.google.cloud.networkconnectivity.v1.ListServiceConnectionPoliciesResponse.newBuilder()
          .addAllServiceConnectionPolicies(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class Assets extends AssetServiceGrpc.AssetServiceImplBase {
    @Override
    public void listAssets(ListAssetsRequest req, StreamObserver<ListAssetsResponse> out) {
      List<Asset> all = req.getContentType() == com.google.cloud.asset.v1.ContentType.IAM_POLICY ? policies : assets;
      var page = behaviour.page("AssetService/ListAssets", all.stream().filter(a -> req.getAssetTypesList().contains(a.getAssetType())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListAssetsResponse.newBuilder().addAllAssets(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class Functions extends FunctionServiceGrpc.FunctionServiceImplBase {
    @Override
    public void listFunctions(ListFunctionsRequest req, StreamObserver<ListFunctionsResponse> out) {
      functionRequests.add(req);
      var page = behaviour.page("FunctionService/ListFunctions", functions.stream().filter(f -> in(f.getName(), req.getParent()))
          .toList(), req.getPageToken(), req.getPageSize());
      out.onNext(ListFunctionsResponse.newBuilder().addAllFunctions(page.items()).setNextPageToken(page.next())
          .addAllUnreachable(unreachableFunctionLocations).build());
      out.onCompleted();
    }
  }

  /** AlloyDB Admin: "-" for the location, and for the cluster of an instance list, reads them all. */
  private final class AlloyDb extends com.google.cloud.alloydb.v1.AlloyDBAdminGrpc.AlloyDBAdminImplBase {
    @Override
    public void listClusters(com.google.cloud.alloydb.v1.ListClustersRequest req,
        StreamObserver<com.google.cloud.alloydb.v1.ListClustersResponse> out) {
      parents.add("AlloyDBAdmin/ListClusters " + req.getParent());
      var page = behaviour.page("AlloyDBAdmin/ListClusters",
          alloyDbClusters.stream().filter(c -> in(c.getName(), req.getParent())).toList(), req.getPageToken(), req.getPageSize());
      out.onNext(com.google.cloud.alloydb.v1.ListClustersResponse.newBuilder().addAllClusters(page.items())
          .setNextPageToken(page.next()).build());
      out.onCompleted();
    }

    @Override
    public void listInstances(com.google.cloud.alloydb.v1.ListInstancesRequest req,
        StreamObserver<com.google.cloud.alloydb.v1.ListInstancesResponse> out) {
      parents.add("AlloyDBAdmin/ListInstances " + req.getParent());
      String cluster = req.getParent().substring(req.getParent().lastIndexOf('/') + 1);
      var page = behaviour.page("AlloyDBAdmin/ListInstances", alloyDbInstances.stream()
          .filter(i -> in(i.getName(), req.getParent()) && (cluster.equals("-") || i.getName().contains("/clusters/" + cluster + "/")))
          .toList(), req.getPageToken(), req.getPageSize());
      out.onNext(com.google.cloud.alloydb.v1.ListInstancesResponse.newBuilder().addAllInstances(page.items())
          .setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class Memcache extends com.google.cloud.memcache.v1.CloudMemcacheGrpc.CloudMemcacheImplBase {
    @Override
    public void listInstances(com.google.cloud.memcache.v1.ListInstancesRequest req,
        StreamObserver<com.google.cloud.memcache.v1.ListInstancesResponse> out) {
      parents.add("CloudMemcache/ListInstances " + req.getParent());
      var page = behaviour.page("CloudMemcache/ListInstances", memcache.stream().filter(i -> in(i.getName(), req.getParent())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(com.google.cloud.memcache.v1.ListInstancesResponse.newBuilder().addAllInstances(page.items())
          .setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  /** Records the call, waits the latency, and fails it when the behaviour says so. */
  private final class Every implements ServerInterceptor {
    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
        ServerCallHandler<Q, A> next) {
      String method = call.getMethodDescriptor().getFullMethodName();
      behaviour.record(method);
      behaviour.pause(method);
      Integer code = behaviour.nextFailure(method);
      if (code != null) {
        call.close(Status.fromCodeValue(code).withDescription(behaviour.description(method)), new Metadata());
        return new ServerCall.Listener<>() {};
      }
      return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(next.startCall(call, headers)) {};
    }
  }
}
