package dev.weft.runtime.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBytes;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Weft's {@code random} replays CPython 3.11's sequences exactly: the table written by {@code
 * scripts/generate-random-table.py} (seeds of every kind; {@code random()}, {@code getrandbits},
 * {@code randrange}, {@code choice} and {@code shuffle} results) is checked line by line.
 */
class RandomSequenceTest {
  static final Path TABLE = Path.of("src/test/resources/random/sequences.txt");

  static PyRuntime runtime;
  static ThreadState ts;
  static PyModule random;

  @BeforeAll
  static void start() {
    runtime = new PyRuntime();
    ts = Runtimes.start(runtime);
    random = Imports.importModule(ts, "random");
  }

  @AfterAll
  static void stop() {
    Ops.decref(ts, random);
  }

  @Test
  void seededSequencesMatchCPython() throws IOException {
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    PyObject generator = null;
    int blocks = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = TABLE + ":" + (i + 1) + ": " + line;
      String[] words = line.split(" ", -1); // an empty str or bytes seed ends the line
      if (words[0].equals("seed")) {
        Ops.xdecref(ts, generator);
        generator = newGenerator(words[1], words[2]);
        blocks++;
        continue;
      }
      assertEquals(expected(line), actual(generator, words), where);
    }
    Ops.xdecref(ts, generator);
    assertEquals(20, blocks, "seeds in the table");
  }

  @Test
  void threadsSharingOneGeneratorSplitItsSequenceBetweenThem() throws InterruptedException {
    PyObject shared = newGenerator("int", "2024");
    int hosts = 4, draws = 5000;
    long[] got = new long[hosts * draws];
    List<Thread> threads = new ArrayList<>();
    // The test's own state detaches while the hosts run, as HostThreadTest's does.
    ts.detach();
    for (int h = 0; h < hosts; h++) {
      int id = h;
      Thread t =
          new Thread(
              () -> {
                ThreadState mine = runtime.threads.attachCurrentThread(runtime);
                for (int i = 0; i < draws; i++) {
                  PyObject r = Ops.callMethod(mine, shared, "getrandbits", PyInt.small(32));
                  got[id * draws + i] = ((PyInt) r).value;
                  Ops.decref(mine, r);
                }
                runtime.threads.detachCurrentThread(mine);
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    ts.attach();
    PyObject alone = newGenerator("int", "2024");
    long[] expected = new long[hosts * draws];
    for (int i = 0; i < expected.length; i++) {
      PyObject r = Ops.callMethod(ts, alone, "getrandbits", PyInt.small(32));
      expected[i] = ((PyInt) r).value;
      Ops.decref(ts, r);
    }
    Arrays.sort(got);
    Arrays.sort(expected);
    // Each draw is atomic: together the threads took exactly the sequence's first values.
    assertArrayEquals(expected, got);
    Ops.decref(ts, shared);
    Ops.decref(ts, alone);
  }

  /** What the line says CPython returned: the text after " =", or the last word. */
  private static String expected(String line) {
    int eq = line.indexOf(" =");
    if (eq >= 0) {
      return line.substring(eq + 2).strip();
    }
    String[] words = line.split(" ");
    if (words[0].equals("random")) {
      return Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(words[1])));
    }
    return words[words.length - 1];
  }

  /** Performs the line's call on {@code generator} and renders the result as the table does. */
  private static String actual(PyObject generator, String[] words) {
    switch (words[0]) {
      case "random" -> {
        PyObject r = Ops.callMethod(ts, generator, "random");
        double d = ((PyFloat) r).value;
        Ops.decref(ts, r);
        return Long.toHexString(Double.doubleToRawLongBits(d));
      }
      case "getrandbits" -> {
        return call(generator, "getrandbits", words[1]);
      }
      case "randrange" -> {
        int eq = Arrays.asList(words).indexOf("=");
        return call(generator, "randrange", Arrays.copyOfRange(words, 1, eq));
      }
      case "choice" -> {
        PyList list = range(Integer.parseInt(words[1]));
        PyObject r = Ops.callMethod(ts, generator, "choice", list);
        String s = r.toString();
        Ops.decref(ts, r);
        Ops.decref(ts, list);
        return s;
      }
      case "shuffle" -> {
        PyList list = range(Integer.parseInt(words[1]));
        Ops.decref(ts, Ops.callMethod(ts, generator, "shuffle", list));
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.size; i++) {
          items.add(list.items[i].toString());
        }
        Ops.decref(ts, list);
        return String.join(" ", items);
      }
      default -> throw new IllegalArgumentException("unknown operation " + words[0]);
    }
  }

  /** {@code generator.name(*ints)} rendered as a decimal int. */
  private static String call(PyObject generator, String name, String... ints) {
    PyObject[] args = new PyObject[ints.length];
    for (int i = 0; i < ints.length; i++) {
      args[i] = PyInt.of(ts, new BigInteger(ints[i]));
    }
    PyObject r = Ops.callMethod(ts, generator, name, args);
    String s = ((PyInt) r).bigValue().toString();
    Ops.decref(ts, r);
    for (PyObject a : args) {
      Ops.decref(ts, a);
    }
    return s;
  }

  private static PyList range(int n) {
    PyList list = new PyList(ts);
    for (int i = 0; i < n; i++) {
      list.appendSteal(ts, PyInt.of(ts, i));
    }
    return list;
  }

  /** {@code random.Random(seed)} for a seed written as the table writes it. */
  private static PyObject newGenerator(String kind, String text) {
    PyObject seed =
        switch (kind) {
          case "int" -> PyInt.of(ts, new BigInteger(text));
          case "str" ->
              PyStr.of(ts, new String(HexFormat.of().parseHex(text), StandardCharsets.UTF_8));
          case "bytes" -> new PyBytes(ts, HexFormat.of().parseHex(text));
          case "float" -> PyFloat.of(ts, Double.parseDouble(text));
          default -> throw new IllegalArgumentException("unknown seed kind " + kind);
        };
    PyObject type = random.dict.getString("Random");
    PyObject generator = Ops.call1(ts, type, seed);
    Ops.decref(ts, seed);
    return generator;
  }
}
