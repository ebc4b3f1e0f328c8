package dev.weft.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code repr} and {@code format()} of floats and ints equal CPython 3.11's on every vector of
 * {@code format/expected.tsv} (written by {@code scripts/generate-format-expectations.py}).
 */
class FormatTableTest {

  private static List<String[]> rows(String kind) throws IOException {
    try (InputStream in = FormatTableTest.class.getResourceAsStream("/format/expected.tsv")) {
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.split("\t", -1);
        if (f[0].equals(kind)) {
          rows.add(f);
        }
      }
      return rows;
    }
  }

  private interface Formatter {
    String format(String value, String spec) throws FormatError;
  }

  private static void check(String kind, Formatter formatter) throws IOException {
    List<String[]> rows = rows(kind);
    assertTrue(rows.size() > 20, "vectors for " + kind);
    List<String> mismatches = new ArrayList<>();
    for (String[] row : rows) {
      String got;
      try {
        got = "OK\t" + formatter.format(row[1], row[2]);
      } catch (FormatError e) {
        got = e.pythonType() + "\t" + e.getMessage();
      }
      String expected = row[3] + "\t" + row[4];
      if (!got.equals(expected)) {
        mismatches.add(
            kind + " " + row[1] + " '" + row[2] + "': expected " + expected + ", got " + got);
      }
    }
    assertEquals(
        List.of(),
        mismatches.subList(0, Math.min(20, mismatches.size())),
        mismatches.size() + " of " + rows.size() + " differ");
  }

  @Test
  void floatReprIsCPythons() throws IOException {
    check("repr", (value, spec) -> FloatFormat.repr(Double.parseDouble(hex(value))));
  }

  /**
   * The property test: thousands of random doubles (uniform bit patterns, short decimals, large
   * integers) whose repr equals CPython's and parses back to the very same double.
   */
  @Test
  void reprOfRandomDoublesIsCPythonsAndRoundTrips() throws IOException {
    check(
        "repr_random",
        (value, spec) -> {
          double d = Double.parseDouble(hex(value));
          String repr = FloatFormat.repr(d);
          double back = NumberParsing.parseFloat(repr);
          if (Double.doubleToRawLongBits(back) != Double.doubleToRawLongBits(d)) {
            return repr + " does not round-trip (reads back as " + pythonHex(back) + ")";
          }
          return repr;
        });
  }

  @Test
  void floatFormatIsCPythons() throws IOException {
    check("float", (value, spec) -> FloatFormat.format(Double.parseDouble(hex(value)), spec));
  }

  @Test
  void intFormatIsCPythons() throws IOException {
    check("int", (value, spec) -> IntFormat.format(new BigInteger(value), spec));
  }

  @Test
  void intParsingIsCPythons() throws IOException {
    check(
        "int_parse",
        (value, base) -> NumberParsing.parseInt(value, Integer.parseInt(base)).toString(16));
  }

  @Test
  void floatParsingIsCPythons() throws IOException {
    check("float_parse", (value, spec) -> pythonHex(NumberParsing.parseFloat(value)));
  }

  @Test
  void roundingIsCPythons() throws IOException {
    check(
        "round",
        (value, ndigits) ->
            pythonHex(Rounding.round(Double.parseDouble(hex(value)), Long.parseLong(ndigits))));
    check(
        "round_int",
        (value, spec) -> Rounding.roundToInt(Double.parseDouble(hex(value))).toString());
  }

  @Test
  void numericHashesAreCPythons() throws IOException {
    check("hash_int", (value, spec) -> Long.toString(NumericHash.hash(new BigInteger(value))));
    check(
        "hash_float",
        (value, spec) -> Long.toString(NumericHash.hash(Double.parseDouble(hex(value)))));
  }

  /** Python's float.hex() of a double, to compare parsed and rounded values exactly. */
  private static String pythonHex(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
    double m = Math.abs(d);
    if (m == 0) {
      return sign + "0x0.0p+0";
    }
    long bits = Double.doubleToRawLongBits(m);
    int biased = (int) (bits >>> 52);
    long fraction = bits & ((1L << 52) - 1);
    String digits = String.format("%013x", fraction);
    int exponent = biased == 0 ? -1022 : biased - 1023;
    String lead = biased == 0 ? "0" : "1";
    return sign
        + "0x"
        + lead
        + "."
        + digits
        + "p"
        + (exponent < 0 ? "-" : "+")
        + Math.abs(exponent);
  }

  /** Python's float.hex() spells specials as words; Java's parser wants its own names. */
  private static String hex(String value) {
    return switch (value) {
      case "inf" -> "Infinity";
      case "-inf" -> "-Infinity";
      case "nan" -> "NaN";
      default -> value;
    };
  }
}
