package io.vpcgate.rules.run;

import io.vpcgate.engine.Category;
import io.vpcgate.engine.Finding;
import io.vpcgate.engine.Rule;
import io.vpcgate.engine.RuleContext;
import io.vpcgate.engine.RuleInfo;
import io.vpcgate.engine.Severity;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.CloudRunService.Container;
import io.vpcgate.model.EnvVar;
import io.vpcgate.rules.EnvNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CR-08: a container's environment. BLOCKING: a name set twice, more than 1000 variables, or a
 * name the container contract reserves (PORT, K_SERVICE, K_REVISION, K_CONFIGURATION). WARNING: a
 * secret-looking name with a literal value, a secret read at version "latest", and services that
 * read the same secret under near-miss names ({@code JWT_SECRET} / {@code JWT_SECRET_KEY}) or one
 * name from different secrets. Values are never printed.
 */
@RuleInfo(
    id = "CR-08",
    summary = "Cloud Run environment variables are duplicated, reserved or hold secrets",
    severity = Severity.BLOCKING,
    category = Category.VALIDITY,
    appliesTo = {CloudRunService.class})
public final class CloudRunEnvHygiene implements Rule {
  private static final Set<String> RESERVED = Set.of("PORT", "K_SERVICE", "K_REVISION", "K_CONFIGURATION");
  private static final int MAX_VARS = 1000;

  @Override
  public Stream<Finding> check(RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    List<CloudRunService> services = ctx.desired().all(CloudRunService.class);
    for (CloudRunService s : services) {
      for (Container c : s.containers()) {
        container(ctx, s, c, out);
      }
    }
    across(ctx, services, out);
    return out.stream();
  }

  private static void container(RuleContext ctx, CloudRunService s, Container c, List<Finding> out) {
    if (c.env().size() > MAX_VARS) {
      out.add(ctx.finding(s, s.origin().at(c.path()))
          .message("Service %s: container %s sets %d environment variables; Cloud Run allows at most %d",
              s.address(), label(c), c.env().size(), MAX_VARS)
          .remediation("Move configuration into a mounted secret or file, or fewer variables")
          .build());
    }
    Set<String> seen = new HashSet<>();
    for (EnvVar e : c.env()) {
      Optional<String> name = e.name().known();
      if (name.isEmpty()) {
        continue;
      }
      String n = name.get();
      if (!seen.add(n)) {
        out.add(ctx.finding(s, s.origin().at(e.namePath()))
            .message("Service %s: env %s is set more than once in container %s; the API rejects duplicate names, and "
                + "where accepted only one value wins", s.address(), n, label(c))
            .remediation("Keep one %s and remove the others", n)
            .build());
      }
      if (RESERVED.contains(n) && (!n.equals("PORT") || s.isIngress(c))) {
        out.add(ctx.finding(s, s.origin().at(e.namePath()))
            .message("Service %s: env %s is reserved by the Cloud Run container contract (Cloud Run sets it); the "
                + "deploy fails", s.address(), n)
            .remediation("Remove %s; read the value Cloud Run injects instead%s", n,
                n.equals("PORT") ? " (set the container's ports { container_port } to change it)" : "")
            .build());
      }
      if (!e.fromSecret() && SecretLikeName.test(n) && e.value().known().filter(CloudRunEnvHygiene::mayBeSecretValue).isPresent()) {
        out.add(ctx.finding(s, s.origin().at(e.valuePath())).severity(Severity.WARNING)
            .message("Service %s: env %s looks like a secret but holds a literal value, which anyone with Viewer on "
                + "the project can read (value not shown)", s.address(), n)
            .remediation("Store it in Secret Manager and read it with value_source { secret_key_ref { secret, version } }")
            .build());
      }
      if (e.fromSecret() && e.secretVersion().known().map("latest"::equals).orElse(false)) {
        out.add(ctx.finding(s, s.origin().at(e.path())).severity(Severity.WARNING)
            .message("Service %s: env %s reads secret %s at version \"latest\"; env secrets resolve when an instance "
                + "starts, so instances of one revision can run with different values after a rotation", s.address(),
                n, e.secret().known().orElse("?"))
            .remediation("Pin a version number (version = \"3\") and roll it out with a new revision")
            .build());
      }
    }
  }

  /** Services reading one secret under near-miss names, or one name from different secrets. */
  private static void across(RuleContext ctx, List<CloudRunService> services, List<Finding> out) {
    record Use(CloudRunService service, EnvVar env, String name, String secret) {}
    List<Use> uses = new ArrayList<>();
    for (CloudRunService s : services) {
      for (EnvVar e : s.allEnv()) {
        if (e.fromSecret() && e.name().isKnown() && e.secret().isKnown()) {
          uses.add(new Use(s, e, e.name().known().get(), shortSecret(e.secret().known().get())));
        }
      }
    }
    for (long pair : pairs(uses.stream().map(Use::secret).toList(), uses.stream().map(Use::name).toList())) {
      Use a = uses.get((int) (pair >>> 32));
      Use b = uses.get((int) pair);
      if (a.service() == b.service()) {
        continue;
      }
      if (a.secret().equals(b.secret())) {
        out.add(ctx.finding(b.service(), b.service().origin().at(b.env().namePath())).severity(Severity.WARNING)
            .message("Services %s and %s read secret %s as %s and %s: near-miss names, so one of the applications "
                + "probably looks for the other name and does not find it", a.service().address(),
                b.service().address(), a.secret(), a.name(), b.name())
            .remediation("Use the name the application reads in both services (%s or %s)", a.name(), b.name())
            .build());
      } else {
        out.add(ctx.finding(b.service(), b.service().origin().at(b.env().path())).severity(Severity.WARNING)
            .message("Services %s and %s both set %s, from different secrets (%s and %s); services that must agree on "
                + "it (an issuer and a verifier) then disagree", a.service().address(), b.service().address(),
                a.name(), a.secret(), b.secret())
            .remediation("Source %s from one secret in every service that must agree on it", a.name())
            .build());
      }
    }
  }

  /**
   * The pairs of uses (i < j, as {@code i << 32 | j}, ascending) that read one secret under near-miss
   * names, or one name from different secrets: grouped by secret and by name, so the cost follows the
   * distinct names of a secret and the pairs found, not every pair of uses.
   */
  private static long[] pairs(List<String> secrets, List<String> names) {
    List<Long> out = new ArrayList<>();
    for (List<Integer> sameSecret : groups(secrets, range(secrets.size())).values()) {
      List<List<Integer>> byName = new ArrayList<>(groups(names, sameSecret).values());
      for (int x = 0; x < byName.size(); x++) {
        for (int y = x + 1; y < byName.size(); y++) {
          if (EnvNames.nearMiss(names.get(byName.get(x).get(0)), names.get(byName.get(y).get(0)))) {
            cross(byName.get(x), byName.get(y), out);
          }
        }
      }
    }
    for (List<Integer> sameName : groups(names, range(names.size())).values()) {
      List<List<Integer>> bySecret = new ArrayList<>(groups(secrets, sameName).values());
      for (int x = 0; x < bySecret.size(); x++) {
        for (int y = x + 1; y < bySecret.size(); y++) {
          cross(bySecret.get(x), bySecret.get(y), out);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  /** {@code at} grouped by {@code keys.get(i)}, in order. */
  private static Map<String, List<Integer>> groups(List<String> keys, List<Integer> at) {
    Map<String, List<Integer>> out = new LinkedHashMap<>();
    for (int i : at) {
      out.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    return out;
  }

  private static List<Integer> range(int n) {
    return java.util.stream.IntStream.range(0, n).boxed().toList();
  }

  /** Every pair of one from {@code a} and one from {@code b}, lower position first. */
  private static void cross(List<Integer> a, List<Integer> b, List<Long> out) {
    for (int i : a) {
      for (int j : b) {
        out.add(((long) Math.min(i, j) << 32) | Math.max(i, j));
      }
    }
  }

  /** Empty values, paths, secret resource names and booleans hold no secret. */
  private static boolean mayBeSecretValue(String v) {
    String t = v.strip();
    return !t.isEmpty() && !t.startsWith("/") && !t.startsWith("projects/") && !t.equalsIgnoreCase("true")
        && !t.equalsIgnoreCase("false");
  }

  private static String shortSecret(String secret) {
    return secret.contains("/secrets/") ? secret.substring(secret.indexOf("/secrets/") + "/secrets/".length()) : secret;
  }

  private static String label(Container c) {
    return c.name().isEmpty() ? c.path() : c.name();
  }
}
