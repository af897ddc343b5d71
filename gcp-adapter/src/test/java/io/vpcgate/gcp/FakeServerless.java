package io.vpcgate.gcp;

import com.google.appengine.v1.Application;
import com.google.appengine.v1.ApplicationsGrpc;
import com.google.appengine.v1.GetApplicationRequest;
import com.google.appengine.v1.ListVersionsRequest;
import com.google.appengine.v1.ListVersionsResponse;
import com.google.appengine.v1.Version;
import com.google.appengine.v1.VersionsGrpc;
import com.google.cloud.run.v2.Job;
import com.google.cloud.run.v2.JobsGrpc;
import com.google.cloud.run.v2.ListJobsRequest;
import com.google.cloud.run.v2.ListJobsResponse;
import com.google.cloud.run.v2.ListWorkerPoolsRequest;
import com.google.cloud.run.v2.ListWorkerPoolsResponse;
import com.google.cloud.run.v2.WorkerPool;
import com.google.cloud.run.v2.WorkerPoolsGrpc;
import io.grpc.BindableService;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake gRPC services of Cloud Run jobs and worker pools and of the App Engine Admin API
 * (applications, services, versions), serving what a test puts in them, in pages, through {@link
 * FakeBehaviour}; every request is kept so tests can assert what was asked.
 */
final class FakeServerless {
  final List<Job> jobs = new CopyOnWriteArrayList<>();
  final List<WorkerPool> workerPools = new CopyOnWriteArrayList<>();
  /** App Engine applications by project: their location id. */
  final Map<String, String> appLocations = new ConcurrentHashMap<>();
  final List<Version> versions = new CopyOnWriteArrayList<>();
  final List<Object> requests = new CopyOnWriteArrayList<>();
  private final FakeBehaviour behaviour;

  FakeServerless(FakeBehaviour behaviour) {
    this.behaviour = behaviour;
  }

  /** The services to add to a gRPC server. */
  List<BindableService> services() {
    return List.of(new Jobs(), new WorkerPools(), new Applications(), new AppServices(), new Versions());
  }

  private static boolean inRegion(String name, String parent) {
    return name.startsWith(parent + "/");
  }

  private final class Jobs extends JobsGrpc.JobsImplBase {
    @Override
    public void listJobs(ListJobsRequest req, StreamObserver<ListJobsResponse> out) {
      requests.add(req);
      var page = behaviour.page("Jobs/ListJobs", jobs.stream().filter(j -> inRegion(j.getName(), req.getParent())).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListJobsResponse.newBuilder().addAllJobs(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class WorkerPools extends WorkerPoolsGrpc.WorkerPoolsImplBase {
    @Override
    public void listWorkerPools(ListWorkerPoolsRequest req, StreamObserver<ListWorkerPoolsResponse> out) {
      requests.add(req);
      var page = behaviour.page("WorkerPools/ListWorkerPools",
          workerPools.stream().filter(p -> inRegion(p.getName(), req.getParent())).toList(), req.getPageToken(),
          req.getPageSize());
      out.onNext(ListWorkerPoolsResponse.newBuilder().addAllWorkerPools(page.items()).setNextPageToken(page.next())
          .build());
      out.onCompleted();
    }
  }

  private final class Applications extends ApplicationsGrpc.ApplicationsImplBase {
    @Override
    public void getApplication(GetApplicationRequest req, StreamObserver<Application> out) {
      requests.add(req);
      String project = req.getName().substring("apps/".length());
      String location = appLocations.get(project);
      if (location == null) {
        out.onError(Status.NOT_FOUND.withDescription("Apps instance not found").asRuntimeException());
        return;
      }
      out.onNext(Application.newBuilder().setName(req.getName()).setId(project).setLocationId(location).build());
      out.onCompleted();
    }
  }

  private final class AppServices extends com.google.appengine.v1.ServicesGrpc.ServicesImplBase {
    @Override
    public void listServices(com.google.appengine.v1.ListServicesRequest req,
        StreamObserver<com.google.appengine.v1.ListServicesResponse> out) {
      requests.add(req);
      List<com.google.appengine.v1.Service> all = versions.stream().filter(v -> v.getName().startsWith(req.getParent() + "/"))
          .map(v -> v.getName().substring(0, v.getName().indexOf("/versions/"))).distinct()
          .map(n -> com.google.appengine.v1.Service.newBuilder().setName(n).setId(n.substring(n.lastIndexOf('/') + 1))
              .build()).toList();
      var page = behaviour.page("Services/ListServices", all, req.getPageToken(), req.getPageSize());
      out.onNext(com.google.appengine.v1.ListServicesResponse.newBuilder().addAllServices(page.items())
          .setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }

  private final class Versions extends VersionsGrpc.VersionsImplBase {
    @Override
    public void listVersions(ListVersionsRequest req, StreamObserver<ListVersionsResponse> out) {
      requests.add(req);
      var page = behaviour.page("Versions/ListVersions",
          versions.stream().filter(v -> v.getName().startsWith(req.getParent() + "/versions/")).toList(),
          req.getPageToken(), req.getPageSize());
      out.onNext(ListVersionsResponse.newBuilder().addAllVersions(page.items()).setNextPageToken(page.next()).build());
      out.onCompleted();
    }
  }
}
