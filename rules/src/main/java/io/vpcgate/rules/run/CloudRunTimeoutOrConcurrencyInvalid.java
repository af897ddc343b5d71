package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.ApiVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CR-06: the request timeout is a duration such as {@code "300s"} of at most 3600 s, and the
 * maximum concurrent requests per instance is 0 (the default) to 1000.
 */
@RuleInfo(
    id = "CR-06",
    summary = "Cloud Run request timeout or concurrency is outside the API's limits",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunTimeoutOrConcurrencyInvalid implements Rule {
  private static final Pattern DURATION = Pattern.compile("^[0-9]+(?:\\.[0-9]{1,9})?s$");
  private static final int TIMEOUT_MAX = 3600;
  private static final int CONCURRENCY_MAX = 1000;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (CloudRunService s : ctx.desired().all(CloudRunService.class)) {
      boolean v2 = s.apiVersion() == ApiVersion.V2;
      io.vpcgate.model.Field timeoutPath = CloudRunService.TIMEOUT;
      io.vpcgate.model.Field concurrencyPath = CloudRunService.CONCURRENCY;
      s.revision().timeout().known().ifPresent(t -> {
        if (!DURATION.matcher(t).matches()) {
          out.add(ctx.finding(s, timeoutPath)
              .message("Service %s: timeout \"%s\" is not a duration in seconds like \"300s\"", s.address(), t)
              .remediation("Write the timeout in seconds with an s suffix, e.g. timeout = \"300s\" (the default)")
              .build());
        } else if (new BigDecimal(t.substring(0, t.length() - 1)).compareTo(BigDecimal.valueOf(TIMEOUT_MAX)) > 0) {
          out.add(ctx.finding(s, timeoutPath)
              .message("Service %s: request timeout %s exceeds Cloud Run's maximum of %d s", s.address(), t, TIMEOUT_MAX)
              .remediation("Set the timeout to at most %ds; move longer work to a Cloud Run job or a queue", TIMEOUT_MAX)
              .build());
        }
      });
      s.revision().concurrency().known().filter(c -> c < 0 || c > CONCURRENCY_MAX).ifPresent(c -> out.add(
          ctx.finding(s, concurrencyPath)
              .message("Service %s: %s = %d is outside 0..%d concurrent requests per instance", s.address(),
                  v2 ? "max_instance_request_concurrency" : "container_concurrency", c, CONCURRENCY_MAX)
              .remediation("Set it between 1 and %d, or leave it unset (80 per instance by default)", CONCURRENCY_MAX)
              .build()));
    }
    return out.stream();
  }
}
