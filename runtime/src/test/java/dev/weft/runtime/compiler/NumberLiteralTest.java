package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberLiteralTest {

  @Test
  void smallIntegersAreLongs() {
    assertEquals(1_000L, NumberLiteral.parse("1_000"));
    assertEquals(0L, NumberLiteral.parse("000"));
    assertEquals(Long.MAX_VALUE, NumberLiteral.parse("9223372036854775807"));
  }

  @Test
  void largeIntegersAreBigIntegers() {
    assertEquals(new BigInteger("9223372036854775808"), NumberLiteral.parse("9223372036854775808"));
    assertEquals(BigInteger.ONE.shiftLeft(100), NumberLiteral.parse("0x1" + "0".repeat(25)));
  }

  @Test
  void radixPrefixesInEitherCase() {
    assertEquals(255L, NumberLiteral.parse("0x_ff"));
    assertEquals(255L, NumberLiteral.parse("0XFF"));
    assertEquals(15L, NumberLiteral.parse("0o17"));
    assertEquals(5L, NumberLiteral.parse("0B1_01"));
  }

  @Test
  void floatsAreCorrectlyRoundedDoubles() {
    assertEquals(0.1, NumberLiteral.parse("0.1"));
    assertEquals(1.0, NumberLiteral.parse("1."));
    assertEquals(0.5, NumberLiteral.parse(".5"));
    assertEquals(1e300, NumberLiteral.parse("1e300"));
    assertEquals(1.0005, NumberLiteral.parse("1_000.5e-3"));
    assertEquals(Double.POSITIVE_INFINITY, NumberLiteral.parse("1e400"));
    assertEquals(10.0, NumberLiteral.parse("01e1"));
  }

  @Test
  void imaginaryLiteralsCarryTheirDouble() {
    assertEquals(new NumberLiteral.Imaginary(1.0005), NumberLiteral.parse("1_000.5e-3j"));
    assertEquals(new NumberLiteral.Imaginary(10.0), NumberLiteral.parse("10J"));
    assertEquals(new NumberLiteral.Imaginary(7.0), NumberLiteral.parse("07j"));
  }
}
