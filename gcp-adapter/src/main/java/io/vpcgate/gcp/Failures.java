package io.vpcgate.gcp;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.gax.rpc.ApiException;
import io.vpcgate.engine.LiveGap;
import io.vpcgate.kind.LiveList;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failed read into one line that says what could not be read, why, and what would fix it
 * ("perhaps you should grant roles/redis.viewer, or pass --snapshot live.json"), with the kinds
 * whose live state is therefore missing.
 */
final class Failures {
  private Failures() {}

  /** The failure's status, as gRPC names it (PERMISSION_DENIED, ...), from any client. */
  static String code(Throwable e) {
    Throwable t = root(e);
    if (t instanceof ApiException a) {
      return a.getStatusCode().getCode().name();
    }
    if (t instanceof GoogleJsonResponseException g) {
      return switch (g.getStatusCode()) {
        case 400 -> "INVALID_ARGUMENT";
        case 401 -> "UNAUTHENTICATED";
        case 403 -> "PERMISSION_DENIED";
        case 404 -> "NOT_FOUND";
        case 429 -> "RESOURCE_EXHAUSTED";
        case 503 -> "UNAVAILABLE";
        case 504 -> "DEADLINE_EXCEEDED";
        default -> g.getStatusCode() >= 500 ? "INTERNAL" : "HTTP_" + g.getStatusCode();
      };
    }
    if (t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
      return "DEADLINE_EXCEEDED";
    }
    return "UNKNOWN";
  }

  static boolean unauthenticated(Throwable e) {
    return code(e).equals("UNAUTHENTICATED");
  }

  static LiveGap gap(LiveList api, java.util.Set<String> kinds, String what, Throwable e, Duration timeout) {
    String code = code(e);
    String detail = detail(e);
    String because = switch (code) {
      case "PERMISSION_DENIED" -> mentionsDisabled(e)
          ? "the " + api.title() + " is not enabled; perhaps you should enable it (gcloud services enable "
              + api.service() + "), or pass --snapshot live.json"
          : "PERMISSION_DENIED; perhaps you should grant " + api.viewerRole() + " to the caller, or pass --snapshot live.json";
      case "NOT_FOUND" -> "NOT_FOUND (the project does not exist, or the " + api.title() + " is not enabled in it)";
      case "RESOURCE_EXHAUSTED" -> "quota exhausted (429) after " + RetryPolicy.MAX_ATTEMPTS
          + " attempts; perhaps you should try again later, or raise the quota";
      case "UNAVAILABLE" -> "the service was unavailable (503) after " + RetryPolicy.MAX_ATTEMPTS + " attempts";
      case "DEADLINE_EXCEEDED" -> "no answer within " + timeout.toSeconds() + " s";
      default -> code + (detail.isEmpty() ? "" : ": " + detail);
    };
    return new LiveGap(api.service(), "cannot list " + what + ": " + because, kinds);
  }

  /**
   * Whether the API is not enabled in the project (PERMISSION_DENIED with SERVICE_DISABLED, or the
   * message Google sends for it): then the project has none of its resources, which is an answer,
   * not a gap.
   */
  static boolean disabled(Throwable e) {
    if (!code(e).equals("PERMISSION_DENIED")) {
      return false;
    }
    return mentionsDisabled(e);
  }

  private static boolean mentionsDisabled(Throwable e) {
    Throwable t = root(e);
    if (t instanceof ApiException a && "SERVICE_DISABLED".equals(a.getReason())) {
      return true;
    }
    String m = Optional.ofNullable(t.getMessage()).orElse("").toLowerCase(Locale.ROOT);
    return m.contains("service_disabled") || m.contains("has not been used in project") || m.contains("it is disabled")
        || m.contains("accessnotconfigured");
  }

  private static String detail(Throwable e) {
    Throwable t = root(e);
    if (unparsable(e)) {
      return "malformed answer (the response did not parse)";
    }
    String m = t instanceof GoogleJsonResponseException g && g.getDetails() != null ? g.getDetails().getMessage()
        : t.getMessage();
    if (m == null) {
      return t.getClass().getSimpleName();
    }
    // "io.grpc.StatusRuntimeException: INTERNAL: text" says the code twice and names a Java class: keep the text
    String line = m.lines().findFirst().orElse("").replaceFirst("^([\\w.$]+(Exception|Error): )+", "")
        .replaceFirst("^" + code(e) + ": ", "");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** Whether a response could not be parsed: a JSON or protobuf syntax error anywhere among the causes. */
  private static boolean unparsable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String n = t.getClass().getName();
      if (n.contains("JsonSyntax") || n.contains("MalformedJson") || n.contains("JsonParse")
          || n.contains("InvalidProtocolBuffer") || n.equals("java.io.EOFException")
          || t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable root(Throwable e) {
    Throwable t = e;
    while ((t instanceof java.util.concurrent.ExecutionException
        || (t instanceof RuntimeException && !(t instanceof ApiException)))
        && t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }
}
