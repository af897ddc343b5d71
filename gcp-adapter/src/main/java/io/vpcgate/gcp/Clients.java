package io.vpcgate.gcp;

import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.gax.core.CredentialsProvider;
import com.google.api.gax.rpc.ClientSettings;
import com.google.api.services.sqladmin.SQLAdmin;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.cloud.asset.v1.AssetServiceClient;
import com.google.cloud.asset.v1.AssetServiceSettings;
import com.google.cloud.compute.v1.FirewallsClient;
import com.google.cloud.compute.v1.FirewallsSettings;
import com.google.cloud.compute.v1.GlobalAddressesClient;
import com.google.cloud.compute.v1.GlobalAddressesSettings;
import com.google.cloud.compute.v1.NetworksClient;
import com.google.cloud.compute.v1.NetworksSettings;
import com.google.cloud.compute.v1.ProjectsClient;
import com.google.cloud.compute.v1.ProjectsSettings;
import com.google.cloud.compute.v1.RoutersClient;
import com.google.cloud.compute.v1.RoutersSettings;
import com.google.cloud.compute.v1.SubnetworksClient;
import com.google.cloud.compute.v1.SubnetworksSettings;
import com.google.cloud.redis.v1.CloudRedisClient;
import com.google.cloud.redis.v1.CloudRedisSettings;
import com.google.cloud.functions.v2.FunctionServiceClient;
import com.google.cloud.functions.v2.FunctionServiceSettings;
import com.google.cloud.run.v2.ServicesClient;
import com.google.cloud.run.v2.ServicesSettings;
import com.google.cloud.vpcaccess.v1.VpcAccessServiceClient;
import com.google.cloud.vpcaccess.v1.VpcAccessServiceSettings;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the Google Cloud clients, each once, with the credentials and transports of {@link
 * ClientOptions} and the {@link RetryPolicy} on every list call they make; closes them all. Only
 * list methods are configured or called: vpcgate never mutates anything.
 */
final class Clients implements AutoCloseable {
  private final ClientOptions options;
  private final Duration callTimeout;
  private final List<AutoCloseable> open = new ArrayList<>();
  private ServicesClient run;
  private VpcAccessServiceClient vpcAccess;
  private CloudRedisClient redis;
  private SQLAdmin sqlAdmin;
  private NetworksClient networks;
  private SubnetworksClient subnetworks;
  private GlobalAddressesClient globalAddresses;
  private FirewallsClient firewalls;
  private RoutersClient routers;
  private ProjectsClient projects;
  private AssetServiceClient assets;
  private FunctionServiceClient functions;
  private com.google.cloud.redis.cluster.v1.CloudRedisClusterClient redisCluster;
  private Rest memorystore;
  private com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceClient networkConnectivity;
  private com.google.cloud.run.v2.JobsClient runJobs;
  private com.google.cloud.run.v2.WorkerPoolsClient runWorkerPools;
  private com.google.appengine.v1.ApplicationsClient appEngineApps;
  private com.google.appengine.v1.ServicesClient appEngineServices;
  private com.google.appengine.v1.VersionsClient appEngineVersions;
  private com.google.cloud.alloydb.v1.AlloyDBAdminClient alloyDb;
  private com.google.cloud.memcache.v1.CloudMemcacheClient memcache;
  private com.google.api.services.dns.Dns dns;
  private com.google.cloud.compute.v1.ForwardingRulesClient forwardingRules;

  Clients(ClientOptions options, Duration callTimeout) {
    this.options = options;
    this.callTimeout = callTimeout;
  }

  synchronized ServicesClient run() throws IOException {
    if (run == null) {
      ServicesSettings.Builder b = grpc(Api.RUN, ServicesSettings.newBuilder());
      RetryPolicy.apply(b.listServicesSettings(), callTimeout);
      run = track(ServicesClient.create(b.build()));
    }
    return run;
  }

  synchronized com.google.cloud.run.v2.JobsClient runJobs() throws IOException {
    if (runJobs == null) {
      var b = grpc(Api.RUN, com.google.cloud.run.v2.JobsSettings.newBuilder());
      RetryPolicy.apply(b.listJobsSettings(), callTimeout);
      runJobs = track(com.google.cloud.run.v2.JobsClient.create(b.build()));
    }
    return runJobs;
  }

  synchronized com.google.cloud.run.v2.WorkerPoolsClient runWorkerPools() throws IOException {
    if (runWorkerPools == null) {
      var b = grpc(Api.RUN, com.google.cloud.run.v2.WorkerPoolsSettings.newBuilder());
      RetryPolicy.apply(b.listWorkerPoolsSettings(), callTimeout);
      runWorkerPools = track(com.google.cloud.run.v2.WorkerPoolsClient.create(b.build()));
    }
    return runWorkerPools;
  }

  /** App Engine Admin: the application (for its location), its services and their versions; get and list only. */
  synchronized com.google.appengine.v1.ApplicationsClient appEngineApps() throws IOException {
    if (appEngineApps == null) {
      var b = grpc(Api.APPENGINE, com.google.appengine.v1.ApplicationsSettings.newBuilder());
      RetryPolicy.apply(b.getApplicationSettings(), callTimeout);
      appEngineApps = track(com.google.appengine.v1.ApplicationsClient.create(b.build()));
    }
    return appEngineApps;
  }

  synchronized com.google.appengine.v1.ServicesClient appEngineServices() throws IOException {
    if (appEngineServices == null) {
      var b = grpc(Api.APPENGINE, com.google.appengine.v1.ServicesSettings.newBuilder());
      RetryPolicy.apply(b.listServicesSettings(), callTimeout);
      appEngineServices = track(com.google.appengine.v1.ServicesClient.create(b.build()));
    }
    return appEngineServices;
  }

  synchronized com.google.appengine.v1.VersionsClient appEngineVersions() throws IOException {
    if (appEngineVersions == null) {
      var b = grpc(Api.APPENGINE, com.google.appengine.v1.VersionsSettings.newBuilder());
      RetryPolicy.apply(b.listVersionsSettings(), callTimeout);
      appEngineVersions = track(com.google.appengine.v1.VersionsClient.create(b.build()));
    }
    return appEngineVersions;
  }

  synchronized VpcAccessServiceClient vpcAccess() throws IOException {
    if (vpcAccess == null) {
      VpcAccessServiceSettings.Builder b = grpc(Api.VPCACCESS, VpcAccessServiceSettings.newBuilder());
      RetryPolicy.apply(b.listConnectorsSettings(), callTimeout);
      vpcAccess = track(VpcAccessServiceClient.create(b.build()));
    }
    return vpcAccess;
  }

  synchronized CloudRedisClient redis() throws IOException {
    if (redis == null) {
      CloudRedisSettings.Builder b = grpc(Api.REDIS, CloudRedisSettings.newBuilder());
      RetryPolicy.apply(b.listInstancesSettings(), callTimeout);
      redis = track(CloudRedisClient.create(b.build()));
    }
    return redis;
  }

  synchronized FunctionServiceClient functions() throws IOException {
    if (functions == null) {
      FunctionServiceSettings.Builder b = grpc(Api.FUNCTIONS, FunctionServiceSettings.newBuilder());
      RetryPolicy.apply(b.listFunctionsSettings(), callTimeout);
      functions = track(FunctionServiceClient.create(b.build()));
    }
    return functions;
  }

  /** Memorystore for Redis Cluster: the same service (redis.googleapis.com) as {@link #redis()}. */
  synchronized com.google.cloud.redis.cluster.v1.CloudRedisClusterClient redisCluster() throws IOException {
    if (redisCluster == null) {
      var b = grpc(Api.REDIS, com.google.cloud.redis.cluster.v1.CloudRedisClusterSettings.newBuilder());
      RetryPolicy.apply(b.listClustersSettings(), callTimeout);
      redisCluster = track(com.google.cloud.redis.cluster.v1.CloudRedisClusterClient.create(b.build()));
    }
    return redisCluster;
  }

  synchronized com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceClient networkConnectivity()
      throws IOException {
    if (networkConnectivity == null) {
      var b = grpc(Api.NETWORKCONNECTIVITY,
          com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceSettings.newBuilder());
      RetryPolicy.apply(b.listServiceConnectionPoliciesSettings(), callTimeout);
      networkConnectivity = track(com.google.cloud.networkconnectivity.v1.CrossNetworkAutomationServiceClient.create(b.build()));
    }
    return networkConnectivity;
  }

  synchronized com.google.cloud.alloydb.v1.AlloyDBAdminClient alloyDb() throws IOException {
    if (alloyDb == null) {
      var b = grpc(Api.ALLOYDB, com.google.cloud.alloydb.v1.AlloyDBAdminSettings.newBuilder());
      RetryPolicy.apply(b.listClustersSettings(), callTimeout);
      RetryPolicy.apply(b.listInstancesSettings(), callTimeout);
      alloyDb = track(com.google.cloud.alloydb.v1.AlloyDBAdminClient.create(b.build()));
    }
    return alloyDb;
  }

  synchronized com.google.cloud.memcache.v1.CloudMemcacheClient memcache() throws IOException {
    if (memcache == null) {
      var b = grpc(Api.MEMCACHE, com.google.cloud.memcache.v1.CloudMemcacheSettings.newBuilder());
      RetryPolicy.apply(b.listInstancesSettings(), callTimeout);
      memcache = track(com.google.cloud.memcache.v1.CloudMemcacheClient.create(b.build()));
    }
    return memcache;
  }

  synchronized com.google.cloud.compute.v1.ForwardingRulesClient forwardingRules() throws IOException {
    if (forwardingRules == null) {
      var b = rest(com.google.cloud.compute.v1.ForwardingRulesSettings.newBuilder());
      RetryPolicy.apply(b.aggregatedListSettings(), callTimeout);
      forwardingRules = track(com.google.cloud.compute.v1.ForwardingRulesClient.create(b.build()));
    }
    return forwardingRules;
  }

  /** Cloud DNS's REST client, made like {@link #sqlAdmin()}; its calls are retried by {@link DnsFetcher}. */
  synchronized com.google.api.services.dns.Dns dns() {
    if (dns == null) {
      var b = new com.google.api.services.dns.Dns.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
          httpInit()).setApplicationName("vpcgate");
      options.restRoot().ifPresent(root -> b.setRootUrl(root.endsWith("/") ? root : root + "/"));
      dns = b.build();
    }
    return dns;
  }

  synchronized AssetServiceClient assets() throws IOException {
    if (assets == null) {
      AssetServiceSettings.Builder b = grpc(Api.ASSET, AssetServiceSettings.newBuilder());
      RetryPolicy.apply(b.listAssetsSettings(), callTimeout);
      assets = track(AssetServiceClient.create(b.build()));
    }
    return assets;
  }

  synchronized NetworksClient networks() throws IOException {
    if (networks == null) {
      NetworksSettings.Builder b = rest(NetworksSettings.newBuilder());
      RetryPolicy.apply(b.listSettings(), callTimeout);
      networks = track(NetworksClient.create(b.build()));
    }
    return networks;
  }

  synchronized SubnetworksClient subnetworks() throws IOException {
    if (subnetworks == null) {
      SubnetworksSettings.Builder b = rest(SubnetworksSettings.newBuilder());
      RetryPolicy.apply(b.aggregatedListSettings(), callTimeout);
      subnetworks = track(SubnetworksClient.create(b.build()));
    }
    return subnetworks;
  }

  synchronized GlobalAddressesClient globalAddresses() throws IOException {
    if (globalAddresses == null) {
      GlobalAddressesSettings.Builder b = rest(GlobalAddressesSettings.newBuilder());
      RetryPolicy.apply(b.listSettings(), callTimeout);
      globalAddresses = track(GlobalAddressesClient.create(b.build()));
    }
    return globalAddresses;
  }

  synchronized FirewallsClient firewalls() throws IOException {
    if (firewalls == null) {
      FirewallsSettings.Builder b = rest(FirewallsSettings.newBuilder());
      RetryPolicy.apply(b.listSettings(), callTimeout);
      firewalls = track(FirewallsClient.create(b.build()));
    }
    return firewalls;
  }

  synchronized ProjectsClient projects() throws IOException {
    if (projects == null) {
      ProjectsSettings.Builder b = rest(ProjectsSettings.newBuilder());
      RetryPolicy.apply(b.getXpnHostSettings(), callTimeout);
      projects = track(ProjectsClient.create(b.build()));
    }
    return projects;
  }

  synchronized RoutersClient routers() throws IOException {
    if (routers == null) {
      RoutersSettings.Builder b = rest(RoutersSettings.newBuilder());
      RetryPolicy.apply(b.aggregatedListSettings(), callTimeout);
      routers = track(RoutersClient.create(b.build()));
    }
    return routers;
  }

  /**
   * BigQuery for {@code --asset-table}: query jobs run in {@code project} (the table's), with the call
   * timeout on every HTTP request and the {@link RetryPolicy}'s backoff; the loopback fake in tests.
   */
  synchronized com.google.cloud.bigquery.BigQuery bigQuery(String project) {
    int ms = (int) callTimeout.toMillis();
    com.google.cloud.bigquery.BigQueryOptions.Builder b = com.google.cloud.bigquery.BigQueryOptions.newBuilder()
        .setProjectId(project)
        .setTransportOptions(com.google.cloud.http.HttpTransportOptions.newBuilder().setConnectTimeout(ms)
            .setReadTimeout(ms).build())
        .setRetrySettings(RetryPolicy.settings(callTimeout))
        .setCredentials(options.rawCredentials().orElse(com.google.cloud.NoCredentials.getInstance()));
    options.restRoot().ifPresent(b::setHost);
    return b.build().getService();
  }

  /** SQL Admin has no GA GAPIC client; its REST client retries by hand (see {@link SqlInstanceFetcher}). */
  synchronized SQLAdmin sqlAdmin() {
    if (sqlAdmin == null) {
      SQLAdmin.Builder b = new SQLAdmin.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(), httpInit())
          .setApplicationName("vpcgate");
      options.restRoot().ifPresent(root -> b.setRootUrl(root.endsWith("/") ? root : root + "/"));
      sqlAdmin = b.build();
    }
    return sqlAdmin;
  }

  /** A REST API without a Java client: its request factory (credentials, timeouts) and root URL ending in "/". */
  record Rest(com.google.api.client.http.HttpRequestFactory requests, String root) {}

  /**
   * Memorystore for Valkey ({@code memorystore.googleapis.com}), which has no Java client here: plain
   * GET requests with the credentials and timeouts of the SQL Admin client; the loopback fake in tests.
   */
  synchronized Rest memorystore() {
    if (memorystore == null) {
      String root = options.restRoot().orElse("https://memorystore.googleapis.com/");
      memorystore = new Rest(new NetHttpTransport().createRequestFactory(httpInit()), root.endsWith("/") ? root : root + "/");
    }
    return memorystore;
  }

  /** Credentials (none for fakes) and the call timeout on every HTTP request of the REST clients. */
  private HttpRequestInitializer httpInit() {
    int ms = (int) callTimeout.toMillis();
    HttpRequestInitializer timeouts = request -> request.setConnectTimeout(ms).setReadTimeout(ms);
    return options.rawCredentials()
        .<HttpRequestInitializer>map(c -> request -> {
          new HttpCredentialsAdapter(c).initialize(request);
          timeouts.initialize(request);
        })
        .orElse(timeouts);
  }

  private <S extends ClientSettings<S>, B extends ClientSettings.Builder<S, B>> B grpc(Api api, B builder) {
    builder.setCredentialsProvider(options.credentials());
    options.channel(api).ifPresent(builder::setTransportChannelProvider);
    return builder;
  }

  private <S extends ClientSettings<S>, B extends ClientSettings.Builder<S, B>> B rest(B builder) {
    CredentialsProvider credentials = options.credentials();
    builder.setCredentialsProvider(credentials);
    options.restRoot().ifPresent(builder::setEndpoint);
    return builder;
  }

  private <T extends AutoCloseable> T track(T client) {
    open.add(client);
    return client;
  }

  @Override
  public synchronized void close() {
    for (AutoCloseable c : open) {
      try {
        c.close();
      } catch (Exception e) {
        // closing a client that failed is not worth a second failure
      }
    }
    open.clear();
  }
}
