package dev.weft.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.threads.ThreadState;
import org.junit.jupiter.api.Test;

/** A dict's keys version names one set of keys: values may change under it, keys may not. */
class DictKeysVersionTest {
  @Test
  void versionChangesWithTheKeysOnly() {
    ThreadState ts = Runtimes.start(new PyRuntime());
    PyDict d = new PyDict(ts);
    d.putString(ts, "a", PyInt.ONE);
    int first = d.keysVersion();
    assertEquals(first, d.keysVersion(), "asking again gives the same version");
    d.putString(ts, "a", PyInt.ZERO);
    assertEquals(first, d.keysVersion(), "replacing a value keeps the keys");
    d.putString(ts, "b", PyInt.ONE);
    int second = d.keysVersion();
    assertNotEquals(first, second, "a new key");
    Ops.decref(ts, d.pop(ts, PyStr.intern("b")));
    assertNotEquals(second, d.keysVersion(), "a removed key");
    for (int i = 0; i < 100; i++) {
      d.putString(ts, "k" + i, PyInt.ONE);
    }
    int grown = d.keysVersion();
    d.putString(ts, "k5", PyInt.ZERO);
    assertEquals(grown, d.keysVersion(), "after growing, values still change under one version");
    Ops.decref(ts, d);
  }
}
