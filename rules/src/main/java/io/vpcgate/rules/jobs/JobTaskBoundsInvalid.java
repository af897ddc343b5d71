package io.vpcgate.rules.jobs;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunJob;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * JOB-02: a Cloud Run job's parallelism "must be <= taskCount" (Cloud Run Admin v2
 * ExecutionTemplate), and a job runs "up to 10,000 tasks" (Cloud Run's page on creating jobs). A
 * count unknown before apply is not judged; an unset count is the API's default, which these
 * limits do not concern.
 */
@RuleInfo(
    id = "JOB-02",
    summary = "Cloud Run job parallelism exceeds its task count, or its task count the limit",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunJob.class})
public final class JobTaskBoundsInvalid implements Rule {
  static final int MAX_TASKS = 10_000;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    return ctx.desired().all(CloudRunJob.class).stream().flatMap(j -> findings(ctx, j).stream());
  }

  private static List<Finding> findings(RuleContext ctx, CloudRunJob j) {
    List<Finding> out = new ArrayList<>();
    Attr<Integer> p = j.parallelism();
    Attr<Integer> t = j.taskCount();
    if (p.isKnown() && t.isKnown() && p.known().get() > t.known().get()) {
      out.add(ctx.finding(j, CloudRunJob.PARALLELISM)
          .message("Job %s: parallelism = %d is more than task_count = %d; the API requires parallelism <= task_count",
              j.address(), p.known().get(), t.known().get())
          .remediation("Lower parallelism to at most %d (or 0: as many as possible), or raise task_count to at least %d",
              t.known().get(), p.known().get())
          .build());
    } else if (p.known().filter(n -> n > 0).isPresent() && t.isUnknown()) {
      ctx.notEvaluated(j, RuleContext.at(j, CloudRunJob.TASK_COUNT),
          "whether parallelism is at most task_count: task_count is not known before apply");
    } else if (p.isUnknown() && t.isKnown()) {
      ctx.notEvaluated(j, RuleContext.at(j, CloudRunJob.PARALLELISM),
          "whether parallelism is at most task_count: parallelism is not known before apply");
    }
    t.known().filter(n -> n > MAX_TASKS).ifPresent(n -> out.add(ctx.finding(j, CloudRunJob.TASK_COUNT)
        .severity(Severity.WARNING)
        .message("Job %s: task_count = %d is over the %,d tasks a Cloud Run job runs", j.address(), n, MAX_TASKS)
        .remediation("Set task_count to at most %d, and split the work across more jobs or executions", MAX_TASKS)
        .build()));
    return out;
  }
}
