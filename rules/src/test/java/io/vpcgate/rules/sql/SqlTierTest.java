package io.vpcgate.rules.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTierTest {

  @Test
  void sharedCoreTiers_haveTheirDocumentedMemory() {
    assertEquals(new SqlTier("db-f1-micro", 0.6), SqlTier.parse("db-f1-micro").orElseThrow());
    assertEquals(new SqlTier("db-g1-small", 1.7), SqlTier.parse("db-g1-small").orElseThrow());
  }

  @Test
  void customTier_memoryIsTheMegabytesInGigabytes() {
    assertEquals(new SqlTier("db-custom-1-3840", 3.75), SqlTier.parse("db-custom-1-3840").orElseThrow());
    assertEquals(new SqlTier("db-custom-4-15360", 15.0), SqlTier.parse("db-custom-4-15360").orElseThrow());
  }

  @Test
  void n1Tiers_are375GbPerVcpuForStandardAnd65ForHighmem() {
    assertEquals(new SqlTier("db-n1-standard-1", 3.75), SqlTier.parse("db-n1-standard-1").orElseThrow());
    assertEquals(new SqlTier("db-n1-standard-4", 15.0), SqlTier.parse("db-n1-standard-4").orElseThrow());
    assertEquals(new SqlTier("db-n1-highmem-2", 13.0), SqlTier.parse("db-n1-highmem-2").orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"db-standard-1", "db-custom-2", "db-custom-x-3840", "db-n1-megamem-2", "db-perf-optimized-N-2",
      "xdb-f1-micro", "db-custom-1-3840x", ""})
  void otherTiers_haveNoDocumentedMemory(String tier) {
    assertTrue(SqlTier.parse(tier).isEmpty(), tier);
  }

  @Test
  void customCpusAndMemory_areReadFromACustomTierOnly() {
    assertEquals(OptionalInt.of(2), SqlTier.customCpus("db-custom-2-7680"));
    assertEquals(OptionalInt.of(7680), SqlTier.customMemoryMb("db-custom-2-7680"));
    assertEquals(OptionalInt.empty(), SqlTier.customCpus("db-n1-standard-2"));
    assertEquals(OptionalInt.empty(), SqlTier.customMemoryMb("db-n1-standard-2"));
  }

  /** Just below and exactly at every threshold of the PostgreSQL default table. */
  @ParameterizedTest(name = "{0} GB -> {1}")
  @CsvSource({
      "0.0, 25", "0.6, 25", "0.99, 25",
      "1.0, 50", "1.7, 50", "3.74, 50",
      "3.75, 100", "5.99, 100",
      "6.0, 200", "7.49, 200",
      "7.5, 400", "14.99, 400",
      "15.0, 500", "29.99, 500",
      "30.0, 600", "59.99, 600",
      "60.0, 800", "119.99, 800",
      "120.0, 1000", "624.0, 1000"})
  void defaultMaxConnections_followsTheMemoryTable(double memoryGb, int expected) {
    assertEquals(expected, new SqlTier("t", memoryGb).defaultMaxConnections());
  }

  @Test
  void parsedTiers_getTheirDefaults() {
    assertEquals(25, SqlTier.parse("db-f1-micro").orElseThrow().defaultMaxConnections());
    assertEquals(50, SqlTier.parse("db-g1-small").orElseThrow().defaultMaxConnections());
    assertEquals(100, SqlTier.parse("db-custom-1-3840").orElseThrow().defaultMaxConnections());
    assertEquals(400, SqlTier.parse("db-n1-standard-2").orElseThrow().defaultMaxConnections());
    assertEquals(400, SqlTier.parse("db-n1-highmem-2").orElseThrow().defaultMaxConnections());
    assertEquals(1000, SqlTier.parse("db-n1-highmem-32").orElseThrow().defaultMaxConnections());
  }
}
