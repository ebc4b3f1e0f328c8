package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/** {@code range}: start, stop, step as longs (ranges past the long range are refused). */
public final class PyRange extends PyObject {
  public static final PyType TYPE = PyType.builtin("range", null, 0, null);

  public final long start, stop, step, length;

  public PyRange(ThreadState ts, long start, long stop, long step) {
    super(ts.rc, TYPE);
    this.start = start;
    this.stop = stop;
    this.step = step;
    long n;
    if (step > 0) {
      n = start < stop ? (stop - start - 1) / step + 1 : 0;
    } else {
      n = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }
    this.length = n;
  }

  public long get(long i) {
    return start + i * step;
  }

  @Override
  public String toString() {
    return step == 1
        ? "range(" + start + ", " + stop + ")"
        : "range(" + start + ", " + stop + ", " + step + ")";
  }
}
