package dev.weft.runtime.format;

/** {@code format(str, spec)}: CPython's {@code format_string_internal}. */
public final class StrFormat {
  private StrFormat() {}

  public static String format(String value, String specText) throws FormatError {
    if (specText.isEmpty()) {
      return value;
    }
    FormatSpec spec = FormatSpec.parse(specText, "str", '<');
    if (spec.type() != 0 && spec.type() != 's') {
      throw FormatError.value("Unknown format code '" + spec.type() + "' for object of type 'str'");
    }
    if (spec.sign() != 0) {
      throw FormatError.value(
          (spec.sign() == ' ' ? "Space" : "Sign") + " not allowed in string format specifier");
    }
    if (spec.alternate()) {
      throw FormatError.value("Alternate form (#) not allowed in string format specifier");
    }
    if (spec.align() == '=') {
      throw FormatError.value("'=' alignment not allowed in string format specifier");
    }
    String body = value;
    if (spec.precision() >= 0 && body.codePointCount(0, body.length()) > spec.precision()) {
      body = body.substring(0, body.offsetByCodePoints(0, spec.precision()));
    }
    return spec.pad("", body, '<');
  }
}
