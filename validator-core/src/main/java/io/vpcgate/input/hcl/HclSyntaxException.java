package io.vpcgate.input.hcl;

/** Invalid HCL: the message names the line and column, the caller adds the file. */
public final class HclSyntaxException extends RuntimeException {
  private final int line;
  private final int column;

  public HclSyntaxException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
