package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.cloud.run.v2.Job;
import com.google.cloud.run.v2.JobsClient;
import com.google.cloud.run.v2.ListJobsRequest;
import com.google.cloud.run.v2.ListWorkerPoolsRequest;
import com.google.cloud.run.v2.WorkerPool;
import com.google.cloud.run.v2.WorkerPoolsClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cloud Run v2 jobs and worker pools of one region ({@code jobs.list}, {@code workerPools.list};
 * like services, one region per call), as {@code run.googleapis.com/Job} and {@code
 * run.googleapis.com/WorkerPool} assets.
 */
final class RunJobFetcher {
  private RunJobFetcher() {}

  static List<ObjectNode> jobs(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListJobsRequest request = ListJobsRequest.newBuilder().setParent(parent(project, region)).setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    for (JobsClient.ListJobsPage page : PageTokens.follow(clients.runJobs().listJobs(request).iteratePages(), calls)) {
      for (Job j : page.getValues()) {
        out.add(CaiAsset.of("run.googleapis.com", j.getName(), "run.googleapis.com/Job", "v2", region, CaiAsset.json(j)));
      }
    }
    return out;
  }

  static List<ObjectNode> workerPools(Clients clients, String project, String region, int pageSize, Calls calls)
      throws IOException {
    ListWorkerPoolsRequest request = ListWorkerPoolsRequest.newBuilder().setParent(parent(project, region))
        .setPageSize(pageSize).build();
    List<ObjectNode> out = new ArrayList<>();
    var pages = clients.runWorkerPools().listWorkerPools(request).iteratePages();
    for (WorkerPoolsClient.ListWorkerPoolsPage page : PageTokens.follow(pages, calls)) {
      for (WorkerPool p : page.getValues()) {
        out.add(CaiAsset.of("run.googleapis.com", p.getName(), "run.googleapis.com/WorkerPool", "v2", region,
            CaiAsset.json(p)));
      }
    }
    return out;
  }

  private static String parent(String project, String region) {
    return "projects/" + project + "/locations/" + region;
  }
}
