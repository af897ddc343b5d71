package io.vpcgate.gcp;

import com.google.cloud.bigquery.BigQueryError;
import com.google.cloud.bigquery.BigQueryException;
import java.time.Duration;
import java.util.Optional;

/**
 * Why an asset table could not be read, in one line that names the table and says what would fix
 * it. BigQuery reports HTTP codes with a reason ({@code accessDenied}, {@code notFound}, {@code
 * invalidQuery}, ...: https://cloud.google.com/bigquery/docs/error-messages).
 */
final class TableFailure {
  static final String ROLES = "roles/bigquery.jobUser on the project that runs the query and roles/bigquery.dataViewer "
      + "on the dataset";

  private TableFailure() {}

  /** Whether BigQuery refused the credentials themselves (401): an input error, not a gap. */
  static boolean unauthenticated(Throwable e) {
    return e instanceof BigQueryException b && b.getCode() == 401;
  }

  static String because(Throwable e, Duration timeout) {
    if (e instanceof BigQueryException b) {
      String reason = Optional.ofNullable(b.getError()).map(BigQueryError::getReason).orElse("");
      String message = firstLine(Optional.ofNullable(b.getError()).map(BigQueryError::getMessage).orElse(b.getMessage()));
      return switch (b.getCode()) {
        case 403 -> reason.equals("accessDenied") || reason.isEmpty() || reason.equals("forbidden")
            ? "PERMISSION_DENIED (" + message + "); perhaps you should grant " + ROLES + ", or pass --snapshot live.json"
            : "refused (" + reason + ": " + message + ")";
        case 404 -> "NOT_FOUND (" + message + "); is the table, or its dataset, named as the export wrote it?";
        case 400 -> "the query failed (" + (reason.isEmpty() ? "" : reason + ": ") + message + ")";
        case 0 -> timedOut(b) ? "no answer within " + seconds(timeout) : "cannot reach BigQuery (" + message + ")";
        default -> "HTTP " + b.getCode() + (reason.isEmpty() ? "" : " " + reason) + " (" + message + ")";
      };
    }
    if (timedOut(e)) {
      return "no answer within " + seconds(timeout);
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()));
  }

  /**
   * Whether the call ended for want of an answer: a read timeout, or the client's retries cut short
   * when their total time ran out (it reports that as an interruption with no HTTP code).
   */
  private static boolean timedOut(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException
          || t instanceof InterruptedException) {
        return true;
      }
    }
    return false;
  }

  private static String seconds(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
  }

  private static String firstLine(String s) {
    String line = s == null ? "" : s.lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
