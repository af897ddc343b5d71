package io.vpcgate.input;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** An input document's text and the name messages give it (the path as typed, or a fixture's name). */
public record InputText(String name, String text) {

  /** Reads {@code file} as UTF-8; a file that cannot be read is an input error naming it and why. */
  public static InputText read(Path file) {
    try {
      return new InputText(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw IoErrors.reading(file, e);
    }
  }
}
