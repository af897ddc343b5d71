package io.vpcgate.gcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.api.gax.rpc.NotFoundException;
import com.google.appengine.v1.Application;
import com.google.appengine.v1.GetApplicationRequest;
import com.google.appengine.v1.ListServicesRequest;
import com.google.appengine.v1.ListVersionsRequest;
import com.google.appengine.v1.Service;
import com.google.appengine.v1.ServicesClient;
import com.google.appengine.v1.Version;
import com.google.appengine.v1.VersionView;
import com.google.appengine.v1.VersionsClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The App Engine versions of a project's application (App Engine Admin v1, read-only): {@code
 * apps.get} for the application's location (a version's region, which the version does not
 * carry), {@code apps.services.list}, then {@code apps.services.versions.list} per service in the
 * FULL view, which holds {@code vpcAccessConnector}. Each version is an {@code
 * appengine.googleapis.com/Version} asset located at the application's location, as Cloud Asset
 * Inventory exports it. A project without an application (NOT_FOUND) has no versions: an answer.
 */
final class AppEngineFetcher {
  private AppEngineFetcher() {}

  static List<ObjectNode> versions(Clients clients, String project, int pageSize, Calls calls) throws IOException {
    String app = "apps/" + project;
    Application application;
    try {
      application = clients.appEngineApps().getApplication(GetApplicationRequest.newBuilder().setName(app).build());
      calls.add();
    } catch (NotFoundException e) {
      return List.of();
    }
    String location = application.getLocationId();
    List<ObjectNode> out = new ArrayList<>();
    ListServicesRequest services = ListServicesRequest.newBuilder().setParent(app).setPageSize(pageSize).build();
    for (ServicesClient.ListServicesPage page
        : PageTokens.follow(clients.appEngineServices().listServices(services).iteratePages(), calls)) {
      for (Service s : page.getValues()) {
        ListVersionsRequest versions = ListVersionsRequest.newBuilder().setParent(s.getName())
            .setView(VersionView.FULL).setPageSize(pageSize).build();
        for (VersionsClient.ListVersionsPage vp
            : PageTokens.follow(clients.appEngineVersions().listVersions(versions).iteratePages(), calls)) {
          for (Version v : vp.getValues()) {
            out.add(CaiAsset.of("appengine.googleapis.com", v.getName(), "appengine.googleapis.com/Version", "v1",
                location, CaiAsset.json(v)));
          }
        }
      }
    }
    return out;
  }
}
