package io.vpcgate.rules.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostNameTest {
  @Test
  void plainHost_hostPort_andAUrlsHost() {
    assertEquals(Optional.of("redis.acme.internal."), HostName.of("redis.acme.internal"));
    assertEquals(Optional.of("redis.acme.internal."), HostName.of("Redis.ACME.internal."));
    assertEquals(Optional.of("redis.acme.internal."), HostName.of("redis.acme.internal:6379"));
    assertEquals(Optional.of("redis.acme.internal."), HostName.of("redis://:s3cret@redis.acme.internal:6379/0"));
    assertEquals(Optional.of("db.acme.internal."), HostName.of("postgresql://app@db.acme.internal/orders?sslmode=require"));
    assertEquals(Optional.of("redis.acme.internal."), HostName.of(" redis.acme.internal\n"));
  }

  @Test
  void notANameToLookUp() {
    assertEquals(Optional.empty(), HostName.of("10.0.0.3"));
    assertEquals(Optional.empty(), HostName.of("10.0.0.3:6379"));
    assertEquals(Optional.empty(), HostName.of("redis://10.0.0.3:6379"));
    assertEquals(Optional.empty(), HostName.of("localhost"), "a single label");
    assertEquals(Optional.empty(), HostName.of("1.2"), "a version number");
    assertEquals(Optional.empty(), HostName.of("a.example b.example"));
    assertEquals(Optional.empty(), HostName.of("/var/run/redis.sock"));
    assertEquals(Optional.empty(), HostName.of("host1.example:1,host2.example:2"));
    assertEquals(Optional.empty(), HostName.of(""));
  }
}
