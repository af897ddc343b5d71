package io.vpcgate.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CidrTest {

  @Test
  void equality_isByAddressAndPrefix() {
    Cidr a = Cidr.parse("10.8.0.0/28");
    assertEquals(a, Cidr.parse("10.8.0.0/28"));
    assertEquals(a.hashCode(), Cidr.parse("10.8.0.0/28").hashCode());
    assertFalse(a.equals(Cidr.parse("10.8.0.0/29")));
    assertFalse(a.equals(Cidr.parse("10.8.0.16/28")));
    assertFalse(a.equals(Cidr.parse("10.8.0.5/28"))); // host bits kept: not the same prefix as written
    assertFalse(a.equals("10.8.0.0/28"));
    assertFalse(a.equals(null));
    assertEquals(2, java.util.Set.of(a, new Cidr(0xFFFF_FFFFL, 32)).size());
  }

  @Test
  void coverageReads_equalByEveryComponent() {
    Coverage.Read r = new Coverage.Read("redis_instance", "acme", "us-central1");
    assertEquals(r, new Coverage.Read("redis_instance", "acme", "us-central1"));
    assertEquals(r.hashCode(), new Coverage.Read("redis_instance", "acme", "us-central1").hashCode());
    assertFalse(r.equals(new Coverage.Read("sql_instance", "acme", "us-central1")));
    assertFalse(r.equals(new Coverage.Read("redis_instance", "other", "us-central1")));
    assertFalse(r.equals(new Coverage.Read("redis_instance", "acme", Coverage.ALL_REGIONS)));
    assertFalse(r.equals(new Coverage.Read("redis_instance", "acme", null)));
    assertEquals(new Coverage.Read(null, null, null), new Coverage.Read(null, null, null));
    assertTrue(Coverage.of(java.util.List.of(r)).covers("redis_instance", "acme", "us-central1"));
  }

  @Test
  void parse_validAndInvalid() {
    assertEquals("10.8.0.0/28", Cidr.parse("10.8.0.0/28").toString());
    assertTrue(Cidr.tryParse("10.8.0.0").isEmpty());
    assertTrue(Cidr.tryParse("10.8.0.256/28").isEmpty());
    assertTrue(Cidr.tryParse("10.8.0.0/33").isEmpty());
    assertTrue(Cidr.tryParse(" 10.8.0.0/28").isEmpty());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cidr.parse("nope"));
    assertTrue(e.getMessage().contains("\"nope\""));
  }

  @Test
  void overlapContainmentAndCanonicalForm() {
    Cidr redis = Cidr.parse("10.166.204.80/29");
    assertTrue(Cidr.parse("10.166.204.80/28").overlaps(redis));
    assertFalse(Cidr.parse("10.166.204.96/28").overlaps(redis));
    assertTrue(Cidr.parse("10.0.0.0/8").contains(redis));
    assertFalse(Cidr.parse("10.8.0.5/28").isCanonical());
    assertEquals(Cidr.parse("10.8.0.0/28"), Cidr.parse("10.8.0.5/28").canonical());
    assertEquals(Cidr.parse("10.166.204.96/28"), redis.nextBlock(28));
    assertEquals(Cidr.parse("255.255.255.240/28").last(), 0xFFFF_FFFFL);
  }

  @Test
  void networkRef_normalisesEveryForm() {
    NetworkRef expected = new NetworkRef("acme", "vpc");
    assertEquals(Optional.of(expected), NetworkRef.parse("vpc", Optional.of("acme")));
    assertEquals(Optional.of(expected), NetworkRef.parse("projects/acme/global/networks/vpc", Optional.empty()));
    assertEquals(Optional.of(expected),
        NetworkRef.parse("https://www.googleapis.com/compute/v1/projects/acme/global/networks/vpc", Optional.of("other")));
    assertTrue(NetworkRef.parse("projects/acme/regions/r/subnetworks/s", Optional.empty()).isEmpty());
    assertTrue(new NetworkRef("", "vpc").sameAs(expected));
    assertFalse(new NetworkRef("other", "vpc").sameAs(expected));
  }
}
