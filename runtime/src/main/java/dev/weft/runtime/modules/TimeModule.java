package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.threads.ThreadState;

/**
 * The {@code time} module's clocks and {@code sleep}: {@code time}, {@code time_ns}, {@code
 * perf_counter}, {@code perf_counter_ns}, {@code monotonic}, {@code monotonic_ns}, {@code
 * process_time}.
 */
final class TimeModule {
  private TimeModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "time");
    fn(m, ts, "time", (PyBuiltin.F0) (t, s) -> PyFloat.of(t, System.currentTimeMillis() / 1e3));
    fn(m, ts, "time_ns", (PyBuiltin.F0) (t, s) -> PyInt.of(t, nowNanos()));
    fn(m, ts, "perf_counter", (PyBuiltin.F0) (t, s) -> PyFloat.of(t, System.nanoTime() / 1e9));
    fn(m, ts, "perf_counter_ns", (PyBuiltin.F0) (t, s) -> PyInt.of(t, System.nanoTime()));
    fn(m, ts, "monotonic", (PyBuiltin.F0) (t, s) -> PyFloat.of(t, System.nanoTime() / 1e9));
    fn(m, ts, "monotonic_ns", (PyBuiltin.F0) (t, s) -> PyInt.of(t, System.nanoTime()));
    fn(
        m,
        ts,
        "process_time",
        (PyBuiltin.F0)
            (t, s) ->
                PyFloat.of(
                    t,
                    java.lang.management.ManagementFactory.getThreadMXBean()
                            .getCurrentThreadCpuTime()
                        / 1e9));
    m.put(
        ts,
        "sleep",
        PyBuiltin.function(
            "sleep",
            1,
            (PyBuiltin.F1)
                (t, s, secs) -> {
                  double d = Arith.toDouble(t, requireNumber(t, secs));
                  if (d < 0) {
                    throw Exc.valueError(t, "sleep length must be non-negative");
                  }
                  // Detached while asleep: no stop-the-world or QSBR advance waits for us.
                  t.detach();
                  try {
                    Thread.sleep((long) (d * 1000), (int) ((d * 1e9) % 1_000_000));
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    t.attach();
                    throw Exc.raise(t, Exc.KeyboardInterrupt, "");
                  }
                  t.attach();
                  return PySingleton.NONE;
                }));
    return m;
  }

  private static dev.weft.runtime.objects.PyObject requireNumber(
      ThreadState ts, dev.weft.runtime.objects.PyObject o) {
    if (!(o instanceof PyInt) && !(o instanceof PyFloat)) {
      throw Exc.typeError(
          ts, "'" + o.typeName() + "' object cannot be interpreted as an integer or float");
    }
    return o;
  }

  private static long nowNanos() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private static void fn(PyModule m, ThreadState ts, String name, Object impl) {
    m.put(ts, name, PyBuiltin.function(name, 0, impl));
  }
}
