package io.vpcgate.input.terraform;

import io.vpcgate.model.EnvVar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import io.vpcgate.model.CloudRunService;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformReaderTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text);
  }

  private TfResource only(TerraformConfig c) {
    assertEquals(1, c.resources().size(), () -> "resources: " + c.resources());
    return c.resources().get(0);
  }

  private static Value attr(TfResource r, String name) {
    return r.config().get(name);
  }

  @Test
  void variables_followTerraformPrecedence() throws IOException {
    write("main.tf", """
        variable "a" { default = "default" }
        variable "b" { default = "default" }
        variable "c" { default = "default" }
        variable "d" { default = "default" }
        variable "e" { default = "default" }
        resource "google_compute_network" "n" {
          name        = join(",", [var.a, var.b, var.c, var.d, var.e])
        }
        """);
    write("terraform.tfvars", "b = \"tfvars\"\nc = \"tfvars\"\nd = \"tfvars\"\ne = \"tfvars\"\n");
    write("a.auto.tfvars", "c = \"auto-a\"\nd = \"auto-a\"\n");
    write("b.auto.tfvars", "d = \"auto-b\"\ne = \"auto-b\"\n");
    Path extra = dir.resolve("extra.tfvars.txt");
    Files.writeString(extra, "e = \"var-file\"\n");
    TerraformConfig c = TerraformReader.read(dir, new TerraformOptions(List.of(extra), Map.of()));
    assertEquals(Value.str("default,tfvars,auto-a,auto-b,var-file"), attr(only(c), "name"));

    c = TerraformReader.read(dir, new TerraformOptions(List.of(extra), Map.of("e", "cli")));
    assertEquals(Value.str("default,tfvars,auto-a,auto-b,cli"), attr(only(c), "name"));
  }

  /** resource.TYPE.NAME names the managed resource TYPE.NAME (the module outputs of terraform-google-alloy-db do). */
  @Test
  void resourcePrefixedReference_isTheResource() throws IOException {
    write("main.tf", """
        resource "google_compute_network" "n" {
          name = "prod-vpc"
        }
        resource "google_vpc_access_connector" "c" {
          name          = "c"
          network       = resource.google_compute_network.n.name
          ip_cidr_range = "10.8.0.0/28"
        }
        """);
    VpcConnector c = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(VpcConnector.class).get(0);
    assertEquals("prod-vpc", c.network().known().map(n -> n.name()).orElse("?"), c.network().toString());
  }

  @Test
  void variableWithoutValue_isUnknownNotGuessed() throws IOException {
    write("main.tf", """
        variable "range" {}
        resource "google_vpc_access_connector" "c" {
          name          = "c"
          ip_cidr_range = var.range
        }
        """);
    VpcConnector c = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(VpcConnector.class).get(0);
    assertTrue(c.ipCidrRange() instanceof Attr.Unknown<String> u && u.reason().contains("range"), c.ipCidrRange().toString());
  }

  @Test
  void locals_referencesAndProviderDefaults() throws IOException {
    write("main.tf", """
        provider "google" {
          project = local.project
          region  = "europe-west1"
        }
        provider "google" {
          alias   = "other"
          project = "elsewhere"
        }
        locals {
          project = "acme"
          range   = cidrsubnet(local.base, 12, 1)
          base    = "10.8.0.0/16"
        }
        resource "google_compute_network" "vpc" {
          name = "prod-vpc"
        }
        resource "google_vpc_access_connector" "c" {
          name          = "conn"
          network       = google_compute_network.vpc.id
          ip_cidr_range = local.range
        }
        """);
    ResourceGraph g = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
    VpcConnector c = g.all(VpcConnector.class).get(0);
    assertEquals(Attr.known("acme"), c.id().project());
    assertEquals(Attr.known("europe-west1"), c.id().region());
    assertEquals(Attr.known(new NetworkRef("acme", "prod-vpc")), c.network());
    assertEquals(Attr.known("10.8.0.16/28"), c.ipCidrRange());
    assertEquals(new Location.SourceLocation("main.tf", 20), c.origin().at("ip_cidr_range"));
    assertEquals(new Location.SourceLocation("main.tf", 17), c.origin().location());
  }

  @Test
  void computedAttributes_areUnknownAndDataSourcesAreNotRead() throws IOException {
    write("main.tf", """
        data "http" "ip" { url = "http://127.0.0.1:9/never-called" }
        resource "google_redis_instance" "cache" {
          name   = "cache"
          region = "us-central1"
          memory_size_gb = 1
        }
        resource "google_cloud_run_v2_service" "s" {
          name     = "s"
          location = "us-central1"
          template {
            containers {
              env {
                name  = "REDIS_HOST"
                value = google_redis_instance.cache.host
              }
              env {
                name  = "MY_IP"
                value = data.http.ip.response_body
              }
            }
          }
        }
        """);
    PrintStream realOut = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured));
    TerraformConfig config;
    try {
      config = TerraformReader.read(dir, TerraformOptions.NONE);
    } finally {
      System.setOut(realOut);
    }
    assertEquals(0, captured.size(), "reading Terraform must print nothing");
    CloudRunService s = TerraformMapper.toGraph(config).all(CloudRunService.class).get(0);
    List<EnvVar> env = s.containers().get(0).env();
    assertTrue(env.get(0).value().isUnknown());
    assertTrue(env.get(1).value().isUnknown());
  }

  @Test
  void countAndForEach_expandWithIndexedAddresses() throws IOException {
    write("main.tf", """
        variable "regions" { default = ["us-central1", "europe-west1"] }
        resource "google_vpc_access_connector" "by_count" {
          count         = 2
          name          = "c-${count.index}"
          region        = var.regions[count.index]
          ip_cidr_range = cidrsubnet("10.8.0.0/24", 4, count.index)
        }
        resource "google_vpc_access_connector" "by_each" {
          for_each = { a = "10.9.0.0/28", b = "10.9.0.16/28" }
          name          = "e-${each.key}"
          ip_cidr_range = each.value
        }
        resource "google_compute_network" "unknown_count" {
          count = length(data.x.y.z)
          name  = "n"
        }
        """);
    TerraformConfig c = TerraformReader.read(dir, TerraformOptions.NONE);
    List<String> addresses = c.resources().stream().map(TfResource::address).toList();
    assertEquals(List.of("google_vpc_access_connector.by_count[0]", "google_vpc_access_connector.by_count[1]",
        "google_vpc_access_connector.by_each[\"a\"]", "google_vpc_access_connector.by_each[\"b\"]"), addresses);
    assertEquals(Value.str("europe-west1"), c.resources().get(1).config().get("region"));
    assertEquals(Value.str("10.8.0.16/28"), c.resources().get(1).config().get("ip_cidr_range"));
    assertEquals(Value.str("10.9.0.16/28"), c.resources().get(3).config().get("ip_cidr_range"));
    assertTrue(c.notes().stream().anyMatch(n -> n.contains("google_compute_network.unknown_count")), c.notes().toString());
  }

  @Test
  void dynamicBlocks_expand() throws IOException {
    write("main.tf", """
        locals { vars = { A = "1", B = "2" } }
        resource "google_cloud_run_v2_service" "s" {
          name     = "s"
          location = "us-central1"
          template {
            containers {
              dynamic "env" {
                for_each = local.vars
                content {
                  name  = env.key
                  value = env.value
                }
              }
            }
          }
        }
        """);
    CloudRunService s = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE)).all(CloudRunService.class).get(0);
    assertEquals(List.of(Attr.known("A"), Attr.known("B")), s.containers().get(0).env().stream().map(EnvVar::name).toList());
  }

  @Test
  void jsonSyntax_isReadBesideNativeSyntax_andItsErrorsNameFileAndLine() throws IOException {
    write("main.tf", "locals { a = 1 }\n");
    write("extra.tf.json", """
        {"resource": {"google_compute_network": {"n": {
          "name": "net-${local.a}",
          "auto_create_subnetworks": false}}}}
        """);
    TfResource n = only(TerraformReader.read(dir, TerraformOptions.NONE));
    assertEquals(Value.str("net-1"), attr(n, "name"));
    assertEquals("extra.tf.json:3", n.attributeLocations().get("auto_create_subnetworks").toString());
    write("extra.tf.json", "{\"resource\": {\"google_compute_network\": {\"n\": {\n  \"name\": \"${local.\"\n}}}}");
    InputException e = assertThrows(InputException.class, () -> TerraformReader.read(dir, TerraformOptions.NONE));
    assertTrue(e.getMessage().startsWith("extra.tf.json:2: "), e.getMessage());
  }

  @Test
  void environmentVariables_areTheLowestGivenValues() throws IOException {
    write("main.tf", """
        variable "a" { default = "default" }
        variable "b" { default = "default" }
        variable "regions" { default = [] }
        resource "google_compute_network" "n" {
          name = "${var.a}-${var.b}-${join("+", var.regions)}"
        }
        """);
    write("terraform.tfvars", "b = \"tfvars\"\n");
    Map<String, String> env = Map.of("TF_VAR_a", "env", "TF_VAR_b", "env", "TF_VAR_regions", "[\"x\", \"y\"]", "HOME", "/root");
    TerraformConfig c = TerraformReader.read(dir, new TerraformOptions(List.of(), Map.of(), env));
    assertEquals(Value.str("env-tfvars-x+y"), attr(only(c), "name"));
  }

  @Test
  void templatefile_rendersWithItsVariables() throws IOException {
    write("startup.tpl", "name=${name}\n%{ for r in regions ~}\nregion=${r}\n%{ endfor ~}\n");
    write("main.tf", """
        resource "google_compute_network" "n" {
          name        = "n"
          description = templatefile("${path.module}/startup.tpl", { name = "api", regions = ["a", "b"] })
        }
        """);
    assertEquals(Value.str("name=api\nregion=a\nregion=b\n"), attr(only(TerraformReader.read(dir, TerraformOptions.NONE)), "description"));
  }

  @Test
  void variableTypes_convertValuesAndFillOptionalAttributes() throws IOException {
    write("main.tf", """
        variable "client" {
          type = object({
            name    = optional(string, null)
            version = optional(string, "v1")
          })
          default = {}
        }
        variable "connectors" {
          type = list(object({
            name          = string
            max_instances = optional(number, 10)
          }))
          default = [{ name = "a" }, { name = "b", max_instances = "7" }]
        }
        variable "port" {
          type    = string
          default = 6379
        }
        resource "google_compute_network" "n" {
          name        = "${var.port}-${var.client.version}-${var.client.name == null}"
          description = join(",", [for c in var.connectors : "${c.name}=${c.max_instances + 1}"])
        }
        """);
    TfResource n = only(TerraformReader.read(dir, TerraformOptions.NONE));
    assertEquals(Value.str("6379-v1-true"), attr(n, "name"));
    assertEquals(Value.str("a=11,b=8"), attr(n, "description"));
  }

  @Test
  void localCycle_isANoteNotACrash() throws IOException {
    write("main.tf", """
        locals {
          a = local.b
          b = local.a
        }
        resource "google_compute_network" "n" { name = local.a }
        """);
    TerraformConfig c = TerraformReader.read(dir, TerraformOptions.NONE);
    assertTrue(attr(only(c), "name") instanceof Value.Unknown);
    assertTrue(c.notes().stream().anyMatch(n -> n.contains("refers to itself")), c.notes().toString());
  }

  @Test
  void badInput_isAnInputErrorNamingFileAndLine() throws IOException {
    write("ok.tf", "locals { a = 1 }\n");
    write("broken.tf", "resource \"a\" \"b\" {\n  name = \n}\n");
    InputException e = assertThrows(InputException.class, () -> TerraformReader.read(dir, TerraformOptions.NONE));
    assertTrue(e.getMessage().startsWith("broken.tf:2:"), e.getMessage());

    Files.delete(dir.resolve("broken.tf"));
    Files.write(dir.resolve("latin1.tf"), new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xE9, '"', '\n'});
    e = assertThrows(InputException.class, () -> TerraformReader.read(dir, TerraformOptions.NONE));
    assertTrue(e.getMessage().contains("latin1.tf: not valid UTF-8"), e.getMessage());

    e = assertThrows(InputException.class, () -> TerraformReader.read(dir.resolve("missing"), TerraformOptions.NONE));
    assertTrue(e.getMessage().contains("no such directory"), e.getMessage());

    Path empty = Files.createDirectory(dir.resolve("empty"));
    e = assertThrows(InputException.class, () -> TerraformReader.read(empty, TerraformOptions.NONE));
    assertTrue(e.getMessage().contains("no .tf or .tf.json files"), e.getMessage());
  }

  @Test
  void badVarFile_isAnInputError() throws IOException {
    write("main.tf", "variable \"a\" {}\n");
    write("terraform.tfvars", "a = [1,\n");
    InputException e = assertThrows(InputException.class, () -> TerraformReader.read(dir, TerraformOptions.NONE));
    assertTrue(e.getMessage().startsWith("terraform.tfvars:"), e.getMessage());
    Files.delete(dir.resolve("terraform.tfvars"));
    e = assertThrows(InputException.class,
        () -> TerraformReader.read(dir, new TerraformOptions(List.of(dir.resolve("nope.tfvars")), Map.of())));
    assertTrue(e.getMessage().contains("--var-file does not exist"), e.getMessage());
  }

  @Test
  void references_fromExpressionsLocalsAndDependsOn() throws IOException {
    write("main.tf", """
        locals { net = google_compute_network.vpc.id }
        resource "google_compute_network" "vpc" { name = "vpc" }
        resource "google_service_networking_connection" "psa" {
          network = local.net
          service = "servicenetworking.googleapis.com"
          reserved_peering_ranges = ["r"]
        }
        resource "google_sql_database_instance" "pg" {
          name = "pg"
          settings {
            tier = "db-custom-1-3840"
            ip_configuration { private_network = local.net }
          }
          depends_on = [google_service_networking_connection.psa]
        }
        """);
    TerraformConfig c = TerraformReader.read(dir, TerraformOptions.NONE);
    TfResource pg = c.resources().stream().filter(r -> r.address().equals("google_sql_database_instance.pg")).findFirst().get();
    assertEquals(List.of("google_compute_network.vpc", "google_service_networking_connection.psa"), pg.references());
    ResourceGraph g = TerraformMapper.toGraph(c);
    assertTrue(g.all(io.vpcgate.model.SqlInstance.class).get(0).origin().refersTo("google_service_networking_connection.psa"));
    assertEquals(1, g.all(io.vpcgate.model.ServiceNetworkingConnection.class).size());
  }

  @Test
  void iamGrantsSecretsAndRevisionSettings_map() throws IOException {
    write("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        resource "google_secret_manager_secret" "jwt" {
          secret_id = "jwt"
        }
        resource "google_secret_manager_secret_iam_member" "a" {
          secret_id = google_secret_manager_secret.jwt.id
          role      = "roles/secretmanager.secretAccessor"
          member    = "serviceAccount:api@acme.iam.gserviceaccount.com"
        }
        resource "google_project_iam_binding" "b" {
          project = "acme"
          role    = "roles/cloudsql.client"
          members = ["serviceAccount:api@acme.iam.gserviceaccount.com"]
        }
        resource "google_cloud_run_service" "old" {
          name     = "old"
          location = "us-central1"
          template {
            metadata { annotations = { "run.googleapis.com/execution-environment" = "gen1" } }
            spec {
              timeout_seconds       = 120
              container_concurrency = 8
              containers {
                env {
                  name = "K"
                  value_from {
                    secret_key_ref {
                      name = "k"
                      key  = "2"
                    }
                  }
                }
              }
            }
          }
        }
        """);
    ResourceGraph g = TerraformMapper.toGraph(TerraformReader.read(dir, TerraformOptions.NONE));
    assertEquals("jwt", g.all(io.vpcgate.model.Secret.class).get(0).id().nameOr(""));
    List<io.vpcgate.model.IamPolicy> grants = g.all(io.vpcgate.model.IamPolicy.class);
    assertEquals("projects/acme/secrets/jwt", grants.get(0).resource());
    assertTrue(grants.get(0).grants("serviceAccount:api@acme.iam.gserviceaccount.com", List.of("roles/secretmanager.secretAccessor")));
    assertEquals("projects/acme", grants.get(1).resource());
    assertTrue(grants.stream().noneMatch(io.vpcgate.model.IamPolicy::complete), "Terraform grants add to a policy");
    CloudRunService s = g.all(CloudRunService.class).get(0);
    assertEquals(Attr.known("120s"), s.revision().timeout());
    assertEquals(Attr.known(8), s.revision().concurrency());
    assertEquals(Attr.known("GEN1"), s.revision().generation());
    assertEquals(Attr.known("k"), s.containers().get(0).env().get(0).secret());
    assertEquals(Attr.known("2"), s.containers().get(0).env().get(0).secretVersion());
  }

  @Test
  void jsonSyntax_typeIsAnExpressionOnlyInAVariable_andAnOutputValueIsAnAttribute() throws IOException {
    write("main.tf", "locals { a = 1 }\n");
    write("extra.tf.json", """
        {"variable": {"names": {"type": "list(string)", "default": ["a"]}},
         "output": {"cfg": {"value": {"network": "vpc"}}},
         "resource": {"google_compute_router_nat": {"n": {"name": "nat", "router": "r", "type": "PUBLIC",
           "source_subnetwork_ip_ranges_to_nat": "ALL_SUBNETWORKS_ALL_IP_RANGES"}}}}
        """);
    TfResource nat = only(TerraformReader.read(dir, TerraformOptions.NONE));
    assertEquals(Value.str("PUBLIC"), attr(nat, "type"));
  }

  @Test
  void overrideFiles_areNotedAndNotRead() throws IOException {
    String network = "resource \"google_compute_network\" \"%s\" { name = \"%s\" }\n";
    for (String name : List.of("main.tf", "notoverride.tf", "override_x.tf", "override.tfvars")) {
      write(name, network.formatted(name.replaceAll("\\W", "_"), name));
    }
    for (String name : List.of("override.tf", "a_override.tf", "override.tf.json", "b_override.tf.json")) {
      write(name, name.endsWith(".json") ? "{}" : network.formatted("over", name));
    }
    TerraformConfig c = TerraformReader.read(dir, TerraformOptions.NONE);
    assertEquals(List.of("main.tf", "notoverride.tf", "override_x.tf"),
        c.resources().stream().map(r -> attr(r, "name").asString().orElseThrow()).sorted().toList());
    for (String name : List.of("override.tf", "a_override.tf", "override.tf.json", "b_override.tf.json")) {
      assertTrue(c.notes().stream().anyMatch(n -> n.startsWith(name + ": Terraform override files")), name + ": " + c.notes());
    }
  }
}
