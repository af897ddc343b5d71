package io.vpcgate.gcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GOOGLE_APPLICATION_CREDENTIALS naming a file that is missing or not credentials: said so, never its contents. */
class ApplicationDefaultTest {
  @TempDir Path dir;

  @Test
  void aMissingOrInvalidKeyFile_isNamedWithWhatIsWrong() throws IOException {
    assertEquals(Optional.empty(), ApplicationDefault.credentialsFileProblem(null));
    String missing = dir.resolve("key.json").toString();
    assertTrue(ApplicationDefault.credentialsFileProblem(missing).orElseThrow()
        .startsWith("GOOGLE_APPLICATION_CREDENTIALS=" + missing + ": no such file"));
    Path notJson = Files.writeString(dir.resolve("notes.txt"), "private_key = hunter2");
    String why = ApplicationDefault.credentialsFileProblem(notJson.toString()).orElseThrow();
    assertTrue(why.endsWith("not valid JSON, so not a Google credentials file"), why);
    assertFalse(why.contains("hunter2"), "the file's contents are never shown");
    Path other = Files.writeString(dir.resolve("other.json"), "{\"private_key\": \"hunter2\"}");
    assertTrue(ApplicationDefault.credentialsFileProblem(other.toString()).orElseThrow().contains("not a Google credentials file"));
    Path key = Files.writeString(dir.resolve("sa.json"), "{\"type\": \"service_account\"}");
    assertEquals(Optional.empty(), ApplicationDefault.credentialsFileProblem(key.toString()));
    assertTrue(ApplicationDefault.credentialsFileProblem(dir.toString()).orElseThrow().endsWith("is a directory"));
  }
}
