package io.vpcgate.report;

import io.vpcgate.engine.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's stable identity across commits: rule, resource and message, never the line number
 * (which moves whenever the file above it changes). Used for SARIF partialFingerprints.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((f.ruleId() + "\n" + f.subject() + "\n" + f.message()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
