package io.vpcgate.input;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read or written, in words ("permission denied", "the directory
 * /missing does not exist", "a binary terraform plan file"), never a bare exception message such as
 * "Input length = 1" or the path alone.
 */
public final class IoErrors {
  private IoErrors() {}

  /** An input error for a file that could not be read. */
  public static InputException reading(Path file, IOException e) {
    return new InputException(file + ": " + whyNotRead(file, e), e);
  }

  /** An input error for a file that could not be written. */
  public static InputException writing(Path file, String what, IOException e) {
    Path dir = file.toAbsolutePath().getParent();
    String why = e instanceof NoSuchFileException && dir != null && !Files.isDirectory(dir)
        ? "the directory " + dir + " does not exist"
        : e instanceof AccessDeniedException ? "permission denied"
        : Files.isDirectory(file) ? "it is a directory" : reason(e);
    return new InputException(file + ": cannot write " + what + ": " + why, e);
  }

  private static String whyNotRead(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (Files.isDirectory(file)) {
      return "is a directory, not a file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read: permission denied";
    }
    if (e instanceof CharacterCodingException) {
      return binaryPlan(file) ? "is a binary terraform plan file; give the JSON of it: terraform show -json "
          + file.getFileName() + " > plan.json" : "is not UTF-8 text (a binary file?)";
    }
    return "cannot read: " + reason(e);
  }

  /** Terraform's plan files are zip archives. */
  private static boolean binaryPlan(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    } catch (IOException e) {
      return false;
    }
  }

  private static String reason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
