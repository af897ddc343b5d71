package io.vpcgate.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Secrets planted everywhere vpcgate reads them (env values in HCL, a sensitive variable, a Redis
 * URL with a password, sensitive and plain env values in a plan, env values and a Redis AUTH string
 * in a snapshot, env values in state) appear in no output format of check or drift: not on stdout,
 * not on stderr (with --debug too), not in an --output file. The runs do report findings on the
 * resources that hold them, so the secrets were read, not skipped.
 */
class SecretLeakTest {
  private static final Path SAMPLE = CheckCommandTest.SAMPLE;
  private static final List<String> PLANTED = List.of("PLANTED-SENSITIVE-VARIABLE", "PLANTED-ENV-VALUE",
      "PLANTED-URL-PASSWORD", "PLANTED-REDIS-AUTH-IN-ENV", "PLANTED-PLAN-SENSITIVE",
      "PLANTED-PLAN-ENV", "PLANTED-LIVE-AUTH-STRING", "PLANTED-LIVE-ENV", "PLANTED-STATE-ENV", "10.166.204.83");

  @TempDir Path dir;
  private Path tf;
  private Path plan;
  private Path live;
  private Path state;

  @BeforeEach
  void plant() throws IOException {
    tf = Files.createDirectories(dir.resolve("terraform"));
    try (Stream<Path> s = Files.list(SAMPLE.resolve("terraform"))) {
      for (Path f : s.toList()) {
        Files.copy(f, tf.resolve(f.getFileName()));
      }
    }
    Files.writeString(tf.resolve("worker.tf"), """
        variable "api_token" {
          type      = string
          sensitive = true
          default   = "PLANTED-SENSITIVE-VARIABLE"
        }

        resource "google_cloud_run_v2_service" "worker" {
          name     = "worker"
          location = var.region
          template {
            containers {
              image = var.backend_image
              env {
                name  = "API_TOKEN"
                value = var.api_token
              }
              env {
                name  = "DB_PASSWORD"
                value = "PLANTED-ENV-VALUE"
              }
              env {
                name  = "REDIS_URL"
                value = "redis://:PLANTED-URL-PASSWORD@10.166.204.83:6379/0"
              }
              env {
                name  = "REDIS_HOST"
                value = "10.166.204.83"
              }
              env {
                name  = "REDIS_AUTH"
                value = "PLANTED-REDIS-AUTH-IN-ENV"
              }
            }
          }
        }
        """);
    ObjectNode p = (ObjectNode) CheckCommandTest.JSON.readTree(SAMPLE.resolve("plan.json").toFile());
    for (JsonNode rc : p.get("resource_changes")) {
      if (rc.get("address").asText().equals("google_cloud_run_v2_service.backend")) {
        ObjectNode change = (ObjectNode) rc.get("change");
        addEnv(change, "after", "API_TOKEN", "PLANTED-PLAN-SENSITIVE", true);
        addEnv(change, "after", "FEATURE_KEY", "PLANTED-PLAN-ENV", false);
      }
    }
    plan = Files.writeString(dir.resolve("plan.json"), p.toString());
    ArrayNode assets = (ArrayNode) CheckCommandTest.JSON.readTree(SAMPLE.resolve("live.json").toFile());
    for (JsonNode a : assets) {
      ObjectNode data = (ObjectNode) a.get("resource").get("data");
      if (a.get("assetType").asText().equals("redis.googleapis.com/Instance")) {
        data.put("authEnabled", true).put("authString", "PLANTED-LIVE-AUTH-STRING");
      } else if (a.get("assetType").asText().equals("run.googleapis.com/Service")) {
        ArrayNode env = (ArrayNode) data.at("/spec/template/spec/containers/0/env");
        env.addObject().put("name", "SESSION_SECRET").put("value", "PLANTED-LIVE-ENV");
      }
    }
    live = Files.writeString(dir.resolve("live.json"), assets.toString());
    state = Files.writeString(dir.resolve("state.json"), """
        {"format_version": "1.0", "values": {"root_module": {"resources": [
          {"address": "google_cloud_run_v2_service.backend", "mode": "managed", "type": "google_cloud_run_v2_service",
           "values": {"name": "backend", "project": "acme-staging", "location": "us-central1",
             "template": [{"containers": [{"image": "x", "env": [
               {"name": "REDIS_HOST", "value": "PLANTED-STATE-ENV"},
               {"name": "API_TOKEN", "value": "PLANTED-PLAN-SENSITIVE"}]}]}]},
           "sensitive_values": {"template": [{"containers": [{"env": [{}, {"value": true}]}]}]}}]}}}
        """);
  }

  /** One env entry appended to the first container's env on the {@code side} of a plan change. */
  private static void addEnv(ObjectNode change, String side, String name, String value, boolean sensitive) {
    ArrayNode env = (ArrayNode) change.get(side).at("/template/0/containers/0/env");
    env.addObject().put("name", name).put("value", value).putArray("value_source");
    JsonNode existing = change.path(side + "_sensitive").at("/template/0/containers/0/env");
    ArrayNode mask = existing.isArray() ? (ArrayNode) existing : newMask(change, side);
    while (mask.size() < env.size() - 1) {
      mask.addObject();
    }
    ObjectNode m = mask.addObject();
    if (sensitive) {
      m.put("value", true);
    }
  }

  /** A sensitivity mask for the side that had none (before_sensitive of a plan is often just false). */
  private static ArrayNode newMask(ObjectNode change, String side) {
    ObjectNode mask = change.putObject(side + "_sensitive");
    return mask.putArray("template").addObject().putArray("containers").addObject().putArray("env");
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void check_noFormatPrintsAPlantedSecret(Format format) throws IOException {
    // without the plan, the .tf files are what is checked; with it, the plan's values (which know no worker)
    for (List<String> args : List.of(
        List.of("check", tf.toString(), "--snapshot", live.toString(), "--format", format.name()),
        List.of("check", tf.toString(), "--plan", plan.toString(), "--snapshot", live.toString(), "--format", format.name()))) {
      CliRunner r = CliRunner.run(args.toArray(String[]::new));
      assertTrue(r.code() == 4, "the planted run still finds the incident: " + r.err());
      String holder = args.contains("--plan") ? "google_cloud_run_v2_service.backend" : "google_cloud_run_v2_service.worker";
      assertTrue(r.out().contains(holder), "the service holding them is reported: " + r.out());
      assertNoSecret(r.out() + r.err(), format + " on stdout/stderr");
      assertNoSecret(withOutputFile(args), format + " in --output");
      assertNoSecret(CliRunner.run(with(args, "--debug")).err(), format + " with --debug");
    }
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void drift_noFormatPrintsAPlantedSecret(Format format) throws IOException {
    List<String> args = List.of("drift", tf.toString(), "--snapshot", live.toString(), "--state", state.toString(),
        "--format", format.name());
    CliRunner r = CliRunner.run(args.toArray(String[]::new));
    assertTrue(r.code() == 4, "drift is found: " + r.out() + r.err());
    assertTrue(r.out().contains("env"), "env drift is reported, by name: " + r.out());
    assertNoSecret(r.out() + r.err(), format + " on stdout/stderr");
    assertNoSecret(withOutputFile(args), format + " in --output");
  }

  private String withOutputFile(List<String> args) throws IOException {
    Path out = dir.resolve("report.out");
    Files.deleteIfExists(out);
    CliRunner r = CliRunner.run(with(with(args, "--output"), out.toString()));
    return Files.readString(out) + r.out() + r.err();
  }

  private static String[] with(List<String> args, String more) {
    List<String> all = new ArrayList<>(args);
    all.add(more);
    return all.toArray(String[]::new);
  }

  private static String[] with(String[] args, String more) {
    return with(List.of(args), more);
  }

  private static void assertNoSecret(String output, String where) {
    for (String secret : PLANTED) {
      assertFalse(output.contains(secret), secret + " leaked, " + where + ":\n" + output);
    }
  }
}
