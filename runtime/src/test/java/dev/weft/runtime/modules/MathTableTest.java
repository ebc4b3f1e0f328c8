package dev.weft.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every case of {@code math/table.txt} (written from CPython 3.11 by {@code
 * scripts/generate-math-table.py}) gives bit for bit the float CPython gave, or the same exception
 * type, when called through the {@code math} module of a started runtime. NaNs compare equal to any
 * NaN: CPython's and libm's NaN payloads are not part of the contract.
 */
class MathTableTest {
  private static ThreadState ts;
  private static PyModule math;

  @BeforeAll
  static void startRuntime() {
    ts = Runtimes.start(new PyRuntime());
    math = BuiltinModules.create(ts, "math");
  }

  @Test
  void theCLibraryIsLoaded() {
    assertTrue(Libm.NATIVE, "libm was not loaded: the Java fallbacks are not bit-exact");
  }

  @Test
  void everyCaseMatchesCPythonBitForBit() throws IOException {
    List<String> lines = lines();
    assertTrue(lines.size() > 3000, "the table has " + lines.size() + " cases");
    List<String> mismatches = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      String[] args = f[1].isEmpty() ? new String[0] : f[1].split(" ");
      String got = call(f[0], args);
      if (!matches(f[2], got)) {
        mismatches.add(f[0] + "(" + f[1] + "): expected " + f[2] + ", got " + got);
      }
    }
    assertEquals(
        List.of(),
        mismatches.subList(0, Math.min(30, mismatches.size())),
        mismatches.size() + " of " + lines.size() + " cases differ");
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = MathTableTest.class.getResourceAsStream("/math/table.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
      return Arrays.stream(text.split("\n")).filter(s -> !s.isEmpty()).toList();
    }
  }

  /** Calls the case's function and describes the outcome in the table's notation. */
  private static String call(String name, String[] tokens) {
    PyObject[] args = new PyObject[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      args[i] =
          isFloat(tokens[i])
              ? PyFloat.of(ts, parse(tokens[i]))
              : PyInt.of(ts, Long.parseLong(tokens[i]));
    }
    PyObject[] callArgs = shape(name, args);
    PyObject function = math.dict.getString(name);
    try {
      PyObject r = Calls.call(ts, function, callArgs, 0, callArgs.length, null);
      String s = describe(r);
      Ops.decref(ts, r);
      return s;
    } catch (PyException e) {
      String s = "!" + e.value.type.name;
      Ops.decref(ts, e.value);
      return s;
    } finally {
      for (PyObject a : callArgs) {
        Ops.decref(ts, a);
      }
    }
  }

  /** The arguments as the call shape wants them: fsum takes a list, dist two tuples. */
  private static PyObject[] shape(String name, PyObject[] args) {
    return switch (name) {
      case "fsum" -> new PyObject[] {PyList.steal(ts, args, args.length)};
      case "dist" -> {
        int half = args.length / 2;
        yield new PyObject[] {
          PyTuple.steal(ts, Arrays.copyOfRange(args, 0, half)),
          PyTuple.steal(ts, Arrays.copyOfRange(args, half, args.length))
        };
      }
      default -> args;
    };
  }

  private static String describe(PyObject r) {
    if (r instanceof PyTuple t) {
      List<String> parts = new ArrayList<>();
      for (PyObject item : t.items) {
        parts.add(describe(item));
      }
      return String.join(" ", parts);
    }
    if (r instanceof PyFloat f) {
      return Double.toHexString(f.value);
    }
    return r.toString();
  }

  private static boolean matches(String expected, String got) {
    String[] e = expected.split(" "), g = got.split(" ");
    if (e.length != g.length) {
      return false;
    }
    for (int i = 0; i < e.length; i++) {
      if (isFloat(e[i]) && isFloat(g[i])) {
        double x = parse(e[i]), y = parse(g[i]);
        boolean same =
            Double.isNaN(x)
                ? Double.isNaN(y)
                : Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        if (!same) {
          return false;
        }
      } else if (!e[i].equals(g[i])) {
        return false;
      }
    }
    return true;
  }

  /** A float in Python's {@code float.hex()} or Java's {@code Double.toHexString} notation. */
  private static boolean isFloat(String token) {
    return token.contains("0x")
        || token.endsWith("inf")
        || token.endsWith("Infinity")
        || token.equals("nan")
        || token.equals("NaN");
  }

  private static double parse(String token) {
    return switch (token) {
      case "inf", "Infinity" -> Double.POSITIVE_INFINITY;
      case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
      case "nan", "NaN" -> Double.NaN;
      default -> Double.parseDouble(token);
    };
  }
}
