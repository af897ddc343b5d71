package io.vpcgate.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * One report a run writes: {@code -f FORMAT} (to {@code --output} or stdout) or {@code -f FORMAT=FILE}.
 * The format is case-insensitive ({@code JSON}, {@code Sarif}); {@code FILE} may be {@code -} for stdout.
 */
record ReportTarget(Format format, Optional<Path> file) {

  static final ReportTarget DEFAULT = new ReportTarget(Format.text, Optional.empty());

  /** Whether this report goes to stdout (or to --output): no file of its own, or {@code =-}. */
  boolean toDefault() {
    return file.isEmpty();
  }

  /** Parses {@code FORMAT[=FILE]}; picocli reports the exception's message as a usage error. */
  static final class Converter implements CommandLine.ITypeConverter<ReportTarget> {
    @Override
    public ReportTarget convert(String value) {
      int eq = value.indexOf('=');
      String name = (eq < 0 ? value : value.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      Format format = Arrays.stream(Format.values()).filter(f -> f.name().equals(name)).findFirst()
          .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not FORMAT[=FILE] with FORMAT one of "
              + Arrays.stream(Format.values()).map(Format::name).collect(Collectors.joining(", "))));
      if (eq < 0) {
        return new ReportTarget(format, Optional.empty());
      }
      String file = value.substring(eq + 1);
      if (file.isEmpty()) {
        throw new CommandLine.TypeConversionException("'" + value + "' names no FILE after '='");
      }
      return new ReportTarget(format, file.equals("-") ? Optional.empty() : Optional.of(Path.of(file)));
    }
  }
}
