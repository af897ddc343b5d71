package io.vpcgate.input.terraform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vpcgate.input.InputException;
import io.vpcgate.input.hcl.Value;
import io.vpcgate.model.Attr;
import io.vpcgate.model.Location;
import io.vpcgate.model.NetworkRef;
import io.vpcgate.model.ResourceGraph;
import io.vpcgate.model.VpcConnector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulesTest {
  @TempDir Path dir;

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private TerraformConfig read() {
    return TerraformReader.read(dir, TerraformOptions.NONE);
  }

  private static TfResource byAddress(TerraformConfig c, String address) {
    return c.resources().stream().filter(r -> r.address().equals(address)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + address + " in " + c.resources().stream().map(TfResource::address).toList()));
  }

  @Test
  void localModules_inputsOutputsNestingAndProviderDefaults() throws IOException {
    write("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        module "net" {
          source  = "./modules/net"
          name    = "prod"
          base    = "10.8.0.0/16"
        }
        resource "google_cloud_run_v2_service" "api" {
          name     = "api"
          location = "us-central1"
          template {
            vpc_access {
              connector = module.net.connector_id
            }
          }
        }
        """);
    write("modules/net/main.tf", """
        variable "name" {}
        variable "base" {}
        variable "machine" { default = "e2-micro" }
        module "range" {
          source = "../range"
          base   = var.base
        }
        resource "google_vpc_access_connector" "main" {
          name          = "${var.name}-conn"
          network       = "${var.name}-vpc"
          ip_cidr_range = module.range.cidr
          machine_type  = var.machine
        }
        output "connector_id" {
          value = google_vpc_access_connector.main.id
        }
        """);
    write("modules/range/main.tf", """
        variable "base" {}
        output "cidr" { value = cidrsubnet(var.base, 12, 1) }
        """);
    TerraformConfig c = read();
    TfResource conn = byAddress(c, "module.net.google_vpc_access_connector.main");
    assertEquals(new Location.SourceLocation("modules/net/main.tf", 8), conn.location());
    assertEquals(Value.str("10.8.0.16/28"), conn.config().get("ip_cidr_range"));
    assertEquals(Value.str("e2-micro"), conn.config().get("machine_type"));
    VpcConnector model = TerraformMapper.toGraph(c).all(VpcConnector.class).get(0);
    assertEquals(Attr.known("acme"), model.id().project(), "the provider's project reaches child modules");
    assertEquals(Attr.known(new NetworkRef("acme", "prod-vpc")), model.network());
    TfResource api = byAddress(c, "google_cloud_run_v2_service.api");
    Value connector = ((Value.MapV) ((Value.ListV) ((Value.MapV) ((Value.ListV) api.config().get("template")).items().get(0))
        .get("vpc_access")).items().get(0)).get("connector");
    assertEquals(Value.str("projects/acme/locations/us-central1/connectors/prod-conn"), connector);
  }

  @Test
  void moduleCountAndForEach_qualifyAddresses() throws IOException {
    write("main.tf", """
        module "by_count" {
          source = "./mod"
          count  = 2
          name   = "c${count.index}"
        }
        module "by_each" {
          source   = "./mod"
          for_each = toset(["a", "b"])
          name     = each.key
        }
        """);
    write("mod/main.tf", """
        variable "name" {}
        resource "google_compute_network" "n" { name = var.name }
        """);
    List<String> addresses = read().resources().stream().map(TfResource::address).sorted().toList();
    assertEquals(List.of("module.by_count[0].google_compute_network.n", "module.by_count[1].google_compute_network.n",
        "module.by_each[\"a\"].google_compute_network.n", "module.by_each[\"b\"].google_compute_network.n"), addresses);
  }

  @Test
  void remoteModules_downloadedAreReadMissingAreNotedOnce() throws IOException {
    write("main.tf", """
        module "vpc" {
          source  = "terraform-google-modules/network/google"
          version = "~> 9.0"
          name    = "prod"
        }
        module "absent" {
          source = "git::https://example.com/mod.git"
        }
        resource "google_compute_network" "uses_outputs" {
          name = module.absent.name
        }
        """);
    write(".terraform/modules/modules.json", """
        {"Modules": [{"Key": "", "Source": "", "Dir": "."},
                     {"Key": "vpc", "Source": "registry.terraform.io/terraform-google-modules/network/google", "Version": "9.1.0", "Dir": ".terraform/modules/vpc"}]}
        """);
    write(".terraform/modules/vpc/main.tf", """
        variable "name" {}
        resource "google_compute_network" "network" { name = var.name }
        """);
    TerraformConfig c = read();
    assertEquals(Value.str("prod"), byAddress(c, "module.vpc.google_compute_network.network").config().get("name"));
    assertTrue(byAddress(c, "google_compute_network.uses_outputs").config().get("name") instanceof Value.Unknown);
    List<String> unread = c.unread().stream().filter(n -> n.contains("module.absent")).toList();
    assertEquals(1, unread.size(), c.unread().toString());
    assertTrue(unread.get(0).contains("is not downloaded (run terraform init)"), unread.get(0));
    assertTrue(c.notes().stream().noneMatch(n -> n.contains("module.absent")), "what was not read makes the run incomplete");
  }

  @Test
  void providerAliases_placeResourcesAndModules() throws IOException {
    write("main.tf", """
        provider "google" {
          project = "acme"
          region  = "us-central1"
        }
        provider "google" {
          alias  = "eu"
          region = "europe-west1"
        }
        resource "google_vpc_access_connector" "default" {
          name = "default-conn"
        }
        resource "google_vpc_access_connector" "eu" {
          provider = google.eu
          name     = "eu-conn"
        }
        module "eu" {
          source    = "./mod"
          providers = { google = google.eu }
        }
        """);
    write("mod/main.tf", "resource \"google_vpc_access_connector\" \"c\" { name = \"mod-conn\" }\n");
    ResourceGraph g = TerraformMapper.toGraph(read());
    java.util.Map<String, String> regions = new java.util.TreeMap<>();
    g.all(VpcConnector.class).forEach(c -> regions.put(c.id().nameOr("?"), c.id().projectOr("?") + "/" + c.id().regionOr("?")));
    assertEquals(java.util.Map.of("default-conn", "acme/us-central1", "eu-conn", "acme/europe-west1",
        "mod-conn", "acme/europe-west1"), regions);
  }

  @Test
  void missingLocalSource_isAnInputError() throws IOException {
    write("main.tf", "module \"net\" {\n  source = \"./modules/net\"\n}\n");
    InputException e = assertThrows(InputException.class, this::read);
    assertEquals("main.tf:1: module.net: source \"./modules/net\" is not a directory", e.getMessage());
  }

  @Test
  void moduleThatCallsItself_isAnInputError() throws IOException {
    // terraform init cannot install a module cycle either (hashicorp/terraform#22648, #31557)
    write("main.tf", "module \"loop\" {\n  source = \"./loop\"\n}\n");
    write("loop/main.tf", "module \"again\" {\n  source = \"./\"\n}\nresource \"google_compute_network\" \"n\" { name = \"n\" }\n");
    InputException e = assertThrows(InputException.class, this::read);
    assertEquals("loop/main.tf:1: module.loop.module.again: modules call each other in a cycle (loop -> loop); "
        + "Terraform cannot expand it", e.getMessage());
  }

  @Test
  void modulesThatCallEachOther_withCount_failFast() throws IOException {
    write("main.tf", "module \"a\" {\n  source = \"./a\"\n}\n");
    write("a/main.tf", "module \"b\" {\n  source = \"../b\"\n  count  = 3\n}\n");
    write("b/main.tf", "module \"a\" {\n  source = \"../a\"\n  count  = 3\n}\n");
    InputException e = assertThrows(InputException.class, this::read);
    assertTrue(e.getMessage().contains("modules call each other in a cycle (a -> b -> a)"), e.getMessage());
  }

  @Test
  void countThatIsNotAWholeNumberOrTooLarge_isAnInputError() throws IOException {
    write("main.tf", "resource \"google_compute_network\" \"n\" {\n  count = 1.5\n  name = \"n\"\n}\n");
    assertEquals("main.tf:1: google_compute_network.n: count must be a whole number of 0 or more, not 1.5",
        assertThrows(InputException.class, this::read).getMessage());
    write("main.tf", "resource \"google_compute_network\" \"n\" {\n  count = 1e9\n  name = \"n\"\n}\n");
    assertEquals("main.tf:1: google_compute_network.n: count 1000000000 is more than vpcgate expands (10000)",
        assertThrows(InputException.class, this::read).getMessage());
  }
}
