package dev.weft.runtime.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.compiler.CodeGenerator;
import dev.weft.runtime.interpreter.Imports;
import dev.weft.runtime.modules.Runtimes;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyList;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Java threads attach to a runtime, call Python code on shared objects, and detach. */
class HostThreadTest {
  @Test
  void hostThreadsCallPythonConcurrently() throws Exception {
    PyRuntime runtime = new PyRuntime();
    ThreadState main = Runtimes.start(runtime);
    PyModule m = new PyModule(main, "host");
    Imports.execute(
        main,
        new PyCode(
            CodeGenerator.compile(
                "host.py",
                "shared = []\n"
                    + "def work(k, n):\n"
                    + "    total = 0\n"
                    + "    for i in range(n):\n"
                    + "        shared.append(k)\n"
                    + "        total += i\n"
                    + "    return total\n")),
        m);
    PyObject work = m.dict.getString("work");
    PyList shared = (PyList) m.dict.getString("shared");
    int hosts = 4, n = 20_000;
    long[] results = new long[hosts];
    List<Thread> threads = new ArrayList<>();
    // The main state detaches while the hosts run, as a host thread blocking in Java would.
    main.detach();
    for (int k = 0; k < hosts; k++) {
      int id = k;
      Thread t =
          new Thread(
              () -> {
                ThreadState ts = runtime.threads.attachCurrentThread(runtime);
                PyObject kk = PyInt.of(ts, id), nn = PyInt.of(ts, n);
                PyObject r = Ops.call2(ts, work, kk, nn);
                results[id] = ((PyInt) r).value;
                Ops.decref(ts, r);
                Ops.decref(ts, kk);
                Ops.decref(ts, nn);
                runtime.threads.detachCurrentThread(ts);
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join(60_000);
    }
    main.attach();
    for (long r : results) {
      assertEquals((long) n * (n - 1) / 2, r);
    }
    assertEquals(hosts * n, shared.size);
    int[] perHost = new int[hosts];
    for (int i = 0; i < shared.size; i++) {
      perHost[(int) ((PyInt) shared.items[i]).value]++;
    }
    for (int c : perHost) {
      assertEquals(n, c);
    }
    assertEquals(1, runtime.threads.count(), "only the main state is left");
    ThreadStats stats = runtime.threads.exitedStats();
    assertTrue(stats.attaches >= hosts, stats.toString());
    Ops.decref(main, m);
  }
}
