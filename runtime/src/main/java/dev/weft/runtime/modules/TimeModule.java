package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Arith;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.StructSeq;
import dev.weft.runtime.threads.ThreadState;

/**
 * The {@code time} module: the clocks ({@code time}, {@code perf_counter}, {@code monotonic}, the
 * CPU clocks, each with its {@code _ns} form), {@code sleep}, and the calendar functions of {@link
 * TimeStructs}. Not here: {@code strptime}, {@code get_clock_info}, {@code tzset}.
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
    fn(m, ts, "process_time", (PyBuiltin.F0) (t, s) -> PyFloat.of(t, processCpuNanos() / 1e9));
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
    fn(m, ts, "thread_time", (PyBuiltin.F0) (t, s) -> PyFloat.of(t, threadCpuNanos() / 1e9));
    fn(m, ts, "thread_time_ns", (PyBuiltin.F0) (t, s) -> PyInt.of(t, threadCpuNanos()));
    fn(m, ts, "process_time_ns", (PyBuiltin.F0) (t, s) -> PyInt.of(t, processCpuNanos()));
    calendar(ts, m);
    return m;
  }

  /** CPU time of the whole process, every thread's (CPython's CLOCK_PROCESS_CPUTIME_ID). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long threadCpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  /** The calendar functions ({@link TimeStructs}) and the time-zone constants. */
  private static void calendar(ThreadState ts, PyModule m) {
    m.put(ts, "struct_time", StructSeq.STRUCT_TIME.type());
    fn(
        m,
        ts,
        "gmtime",
        (PyBuiltin.F1)
            (t, s, secs) -> TimeStructs.structTime(t, TimeStructs.seconds(t, secs), false));
    fn(
        m,
        ts,
        "localtime",
        (PyBuiltin.F1)
            (t, s, secs) -> TimeStructs.structTime(t, TimeStructs.seconds(t, secs), true));
    fn(
        m,
        ts,
        "mktime",
        (PyBuiltin.F1)
            (t, s, tuple) ->
                PyFloat.of(t, TimeStructs.mktime(t, TimeStructs.tmArgument(t, tuple, "mktime"))));
    fn(
        m,
        ts,
        "asctime",
        (PyBuiltin.F1)
            (t, s, tuple) -> PyStr.of(t, TimeStructs.asctime(checkedTm(t, tuple, "asctime"))));
    fn(
        m,
        ts,
        "ctime",
        (PyBuiltin.F1)
            (t, s, secs) -> {
              PyTuple local = TimeStructs.structTime(t, TimeStructs.seconds(t, secs), true);
              try {
                return PyStr.of(t, TimeStructs.asctime(checkedTm(t, local, "asctime")));
              } finally {
                Ops.decref(t, local);
              }
            });
    m.put(
        ts,
        "strftime",
        PyBuiltin.function(
            "strftime",
            1,
            (PyBuiltin.F2)
                (t, s, format, tuple) -> {
                  if (!(format instanceof PyStr f)) {
                    throw Exc.typeError(
                        t, "strftime() argument 1 must be str, not " + format.typeName());
                  }
                  Strftime.Tm tm = TimeStructs.check(t, tmOrNow(t, tuple, "strftime"));
                  return PyStr.of(t, Strftime.format(f.value, tm, TimeStructs.epochSeconds(tm)));
                }));
    Object[] zone = TimeStructs.zoneConstants();
    m.dict.putStringSteal(ts, "timezone", PyInt.of(ts, (Integer) zone[0]));
    m.dict.putStringSteal(ts, "altzone", PyInt.of(ts, (Integer) zone[1]));
    m.dict.putStringSteal(ts, "daylight", PyInt.of(ts, (Integer) zone[2]));
    m.dict.putStringSteal(
        ts,
        "tzname",
        PyTuple.steal(
            ts, new PyObject[] {PyStr.of(ts, (String) zone[3]), PyStr.of(ts, (String) zone[4])}));
  }

  /** A time tuple argument, or the local time now when it is omitted. */
  private static Strftime.Tm tmOrNow(ThreadState ts, PyObject tuple, String function) {
    if (tuple != null) {
      return TimeStructs.tmArgument(ts, tuple, function);
    }
    PyTuple now = TimeStructs.structTime(ts, TimeStructs.seconds(ts, null), true);
    try {
      return TimeStructs.tmArgument(ts, now, function);
    } finally {
      Ops.decref(ts, now);
    }
  }

  private static Strftime.Tm checkedTm(ThreadState ts, PyObject tuple, String function) {
    return TimeStructs.check(ts, tmOrNow(ts, tuple, function));
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
