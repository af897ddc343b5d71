package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.kinds.Kinds;
import io.vpcgate.model.Workload;
import io.vpcgate.rules.Subjects;
import io.vpcgate.model.EnvVar;
import io.vpcgate.model.SqlInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * CR-10: each Cloud SQL instance a workload attaches is a connection name (project:region:instance)
 * of an instance that exists after deploy (checked when live state is given, or Terraform declares
 * it), and every /cloudsql/NAME path in the env names an attached instance, where the workload's kind
 * attaches instances at all (App Engine standard and 1st-gen functions reach any instance's socket
 * without one).
 */
@RuleInfo(
    id = "CR-10",
    summary = "Cloud SQL attachment does not resolve to an instance",
    severity = Severity.BLOCKING,
    category = Category.WIRING,
    appliesTo = {Workload.class, SqlInstance.class})
public final class CloudSqlAttachmentUnresolved implements Rule {
  private static final Pattern NAME = Pattern.compile("^[a-z0-9.:-]*[a-z0-9]:[a-z0-9-]+:[a-z][a-z0-9-]*$");
  private static final Pattern SOCKET = Pattern.compile("/cloudsql/([A-Za-z0-9.:-]+)");

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    for (Workload s : ctx.desired().all(Workload.class)) {
      List<String> attached = s.cloudSqlInstances().known().orElse(List.of());
      for (String conn : attached) {
        if (!NAME.matcher(conn).matches()) {
          out.add(ctx.finding(s, Workload.CLOUD_SQL_INSTANCES)
              .message("%s attaches Cloud SQL \"%s\", which is not a connection name (project:region:instance)",
                  Subjects.of(s), conn)
              .remediation("Use the instance's connection_name, e.g. google_sql_database_instance.<name>.connection_name")
              .build());
        } else if (resolvable(ctx) && ctx.wiring().sqlByConnectionName(conn).isEmpty() && covered(ctx, s, conn)) {
          out.add(ctx.finding(s, Workload.CLOUD_SQL_INSTANCES)
              .message("%s attaches Cloud SQL %s, which does not exist%s", Subjects.of(s), conn,
                  ctx.live().isPresent() ? " live and is not declared in Terraform" : " in Terraform")
              .remediation("Attach an existing instance's connection_name")
              .build());
        }
      }
      if (s.cloudSqlInstances().isUnknown() || Kinds.path(s, Workload.CLOUD_SQL_INSTANCES).isEmpty()) {
        continue;
      }
      for (EnvVar e : s.env()) {
        if (e.fromSecret() || !e.value().isKnown()) {
          continue;
        }
        Matcher m = SOCKET.matcher(e.value().known().get());
        while (m.find()) {
          String name = m.group(1);
          if (!attached.contains(name)) {
            out.add(ctx.finding(s, s.origin().at(e.valuePath()))
                .message("%s: %s uses a /cloudsql socket of an instance it does not attach (it "
                    + "attaches %s); the socket path will not exist", Subjects.of(s), e.name().known().orElse("?"),
                    attached.isEmpty() ? "none" : String.join(", ", attached))
                .remediation("Attach that instance in a cloud_sql_instance volume, or fix the name in %s",
                    e.name().known().orElse("the variable"))
                .build());
          }
        }
      }
    }
    return out.stream();
  }

  /** Whether the live read covered Cloud SQL where {@code conn} says the instance is; if not, says so. */
  private static boolean covered(RuleContext ctx, Workload s, String conn) {
    int last = conn.lastIndexOf(':');
    int regionStart = conn.lastIndexOf(':', last - 1);
    java.util.Optional<String> notRead = ctx.notCovered(SqlInstance.KIND, java.util.Optional.of(conn.substring(0, regionStart)),
        java.util.Optional.of(conn.substring(regionStart + 1, last)));
    notRead.ifPresent(why -> ctx.notEvaluated(s, RuleContext.at(s, Workload.CLOUD_SQL_INSTANCES),
        "whether Cloud SQL " + conn + " exists: " + why));
    return notRead.isEmpty();
  }

  /** Existence is judged only with live state, or when all of Terraform's SQL instances are what there is. */
  private static boolean resolvable(RuleContext ctx) {
    return ctx.live().isPresent();
  }
}
