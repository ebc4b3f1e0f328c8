package dev.weft.runtime.interpreter;

import dev.weft.runtime.bytecode.Opcode;
import dev.weft.runtime.objects.Bytecode;
import dev.weft.runtime.threads.ThreadState;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ServiceLoader;

/**
 * The runtime's side of specialization (ARCHITECTURE.md §4, §6): the thread-local bytecode mode,
 * the adaptive counters, and the only two ways an instruction is rewritten ({@link #specialize},
 * {@link #fail}) plus the miss path of a specialized form ({@link #miss}).
 *
 * <p>Counters are CPython 3.15's {@code _Py_BackoffCounter}, kept in the first cache word after the
 * instruction: a 13-bit value above a 3-bit backoff exponent. A generic instruction counts its
 * counter down by one value step each time it runs and asks the specializer when the value is 0.
 * Warm-up is value 1, backoff 1 (so an instruction specializes on its second execution); success
 * sets cooldown (value 52, backoff 0: 53 misses before the next attempt); a failure restarts with
 * the next prime wait (2, 7, 31, 127, 509, 2053, 8191). Backoff 7 with value 0 is "unreachable":
 * the counter never fires.
 *
 * <p>Modes, chosen when the JVM starts: {@code -Dweft.tlbc=1} (default; one copy per thread,
 * rewritten with plain stores by its owner), {@code 0} (every thread runs copy 0 and nothing is
 * specialized, as CPython's {@code -X tlbc=0}), {@code shared-specialize} (every thread runs copy 0
 * and rewrites it: opcodes by CAS under the copy's lock, cache records published before the
 * opcode). {@code -Dweft.specialize=off} keeps the per-thread copies but never specializes.
 */
public final class Spec {
  private Spec() {}

  /** The thread-local bytecode modes of {@code -X tlbc}. */
  public enum Tlbc {
    PER_THREAD("1"),
    OFF("0"),
    SHARED_SPECIALIZE("shared-specialize");

    public final String option;

    Tlbc(String option) {
      this.option = option;
    }

    /** The mode {@code -X tlbc=option} names, or null. */
    public static Tlbc of(String option) {
      for (Tlbc t : values()) {
        if (t.option.equals(option)) {
          return t;
        }
      }
      return null;
    }
  }

  public static final Tlbc TLBC =
      Tlbc.of(System.getProperty("weft.tlbc", "1")) == null
          ? Tlbc.PER_THREAD
          : Tlbc.of(System.getProperty("weft.tlbc", "1"));

  /** Whether each thread runs its own copy (else every thread runs copy 0). */
  public static final boolean PER_THREAD_COPIES = TLBC == Tlbc.PER_THREAD;

  /** Whether the shared copy 0 is specialized (the research mode). */
  public static final boolean SHARED = TLBC == Tlbc.SHARED_SPECIALIZE;

  /** The specializer in use, or null: the baseline interpreter. */
  public static final Specializer SPECIALIZER = load();

  public static final boolean ENABLED = SPECIALIZER != null;

  /** Whether hits and misses are counted ({@code -X stats}). */
  public static final boolean STATS =
      Boolean.getBoolean("weft.spec.stats") || Boolean.getBoolean("weft.refcount.stats");

  private static Specializer load() {
    if (TLBC == Tlbc.OFF || "off".equals(System.getProperty("weft.specialize"))) {
      return null;
    }
    return ServiceLoader.load(Specializer.class).findFirst().orElse(null);
  }

  // --- Counters ---

  static final int BACKOFF_BITS = 3;
  static final int VALUE_STEP = 1 << BACKOFF_BITS;
  static final int UNREACHABLE = 7;
  public static final int WARMUP = 1 << BACKOFF_BITS | 1;
  public static final int COOLDOWN = 52 << BACKOFF_BITS;

  /** CPython 3.15's restart table: from backoff b, the next (value, backoff); waits are prime. */
  private static final int[] RESTART = {
    1 << 3 | 1, 6 << 3 | 2, 30 << 3 | 3, 126 << 3 | 4, 508 << 3 | 5, 2052 << 3 | 6, 8190 << 3 | 6
  };

  /** The counter after a failed attempt from {@code counter}. */
  public static int restart(int counter) {
    return RESTART[Math.min(counter & UNREACHABLE, 6)];
  }

  /**
   * Gives every instruction with caches its warm-up counter (CPython's {@code _PyCode_Quicken}).
   */
  public static void quicken(int[] words) {
    if (!ENABLED) {
      return;
    }
    for (int i = 0; i < words.length; ) {
      Opcode op = Opcode.of(words[i] & 0xFF);
      if (op.caches() > 0) {
        words[i + 1] = WARMUP;
      }
      i += 1 + op.caches();
    }
  }

  /**
   * A generic instruction's counter at {@code w[counter]}: true when it fires (specialize first),
   * else counts it down.
   */
  static boolean tick(int[] w, int counter) {
    int c = w[counter];
    if (c < UNREACHABLE) {
      return true;
    }
    if (c != UNREACHABLE) {
      w[counter] = c - VALUE_STEP;
    }
    return false;
  }

  // --- Rewrites ---

  private static final VarHandle WORD = MethodHandles.arrayElementVarHandle(int[].class);
  private static final VarHandle CACHE = MethodHandles.arrayElementVarHandle(Object[].class);

  /** Asks the specializer about the generic instruction at {@code pc}, whose counter fired. */
  static void specializeAt(ThreadState ts, Frame f, int pc) {
    int[] w = f.bytecode.words;
    int before = w[pc];
    try {
      SPECIALIZER.specialize(ts, f, pc);
    } catch (RuntimeException e) {
      fail(ts, f, pc, "internal error " + e.getClass().getSimpleName());
    }
    if (w[pc] == before && w[pc + 1] < UNREACHABLE) {
      fail(ts, f, pc, "not handled");
    }
  }

  /**
   * Rewrites the generic instruction at {@code pc} into {@code form} (a specialized opcode of its
   * family) whose guards and action read {@code cache}, an immutable record, and sets the counter
   * to cooldown. In the shared mode the record is published before the opcode and the opcode is
   * written by CAS under the copy's lock, so a rewrite is never lost or torn and a reader that sees
   * the new opcode finds a record of the kind it expects or a miss (SPEC_01).
   */
  public static void specialize(ThreadState ts, Frame f, int pc, int form, Object cache) {
    Bytecode b = f.bytecode;
    int[] w = b.words;
    int old = w[pc];
    if (Opcode.of(form).family() != Opcode.of(old & 0xFF).deopt()) {
      throw new IllegalArgumentException(
          Opcode.of(form) + " is not a form of " + Opcode.of(old & 0xFF));
    }
    int word = (old & ~0xFF) | form;
    if (SHARED) {
      if (!rewriteShared(b, pc, word, cache)) {
        return;
      }
    } else {
      b.caches[pc] = cache;
      w[pc] = word;
    }
    w[pc + 1] = COOLDOWN;
    ts.stats.spec.successes[form]++;
  }

  /**
   * The shared mode's rewrite (SPEC_01), under the copy's lock so that two specializers take turns:
   * the instruction must still be its generic form (another thread may have specialized it first,
   * which stands); the record goes out with release semantics, then the opcode by CAS, which a
   * racing deopt (a CAS from a specialized form, taken without the lock) cannot overwrite unseen.
   * Returns whether this rewrite happened.
   */
  public static boolean rewriteShared(Bytecode b, int pc, int word, Object cache) {
    synchronized (b) {
      int[] w = b.words;
      int old = (int) WORD.getVolatile(w, pc);
      int generic = (old & ~0xFF) | Opcode.of(old & 0xFF).deopt().code();
      if (old != generic) {
        return false;
      }
      CACHE.setRelease(b.caches, pc, cache);
      return WORD.compareAndSet(w, pc, old, word);
    }
  }

  /**
   * Records that the instruction at {@code pc} could not be specialized (CPython's {@code
   * SPEC_FAIL_*} with {@code reason}), leaves or puts it back in its generic form, and backs its
   * counter off.
   */
  public static void fail(ThreadState ts, Frame f, int pc, String reason) {
    Bytecode b = f.bytecode;
    int[] w = b.words;
    int old = w[pc];
    Opcode family = Opcode.of(old & 0xFF).deopt();
    int generic = (old & ~0xFF) | family.code();
    if (old != generic) {
      if (SHARED) {
        WORD.compareAndSet(w, pc, old, generic);
      } else {
        w[pc] = generic;
      }
    }
    w[pc + 1] = restart(w[pc + 1]);
    ts.stats.spec.failure(family.name(), reason);
  }

  /**
   * A specialized form at {@code pc} whose guard failed: counts the miss down, and when the misses
   * used up the cooldown asks the specializer again (a deopt). The caller then runs the generic
   * instruction.
   */
  static void miss(ThreadState ts, Frame f, int pc) {
    int[] w = f.bytecode.words;
    int op = w[pc] & 0xFF;
    if (STATS) {
      ts.stats.spec.misses[op]++;
    }
    int c = w[pc + 1];
    if (c >= VALUE_STEP) {
      w[pc + 1] = c - VALUE_STEP;
      return;
    }
    ts.stats.spec.deopts[op]++;
    // Back to the generic form first, so the specializer sees the family it knows.
    int generic = (w[pc] & ~0xFF) | Opcode.of(op).deopt().code();
    if (SHARED) {
      WORD.compareAndSet(w, pc, w[pc], generic);
    } else {
      w[pc] = generic;
    }
    specializeAt(ts, f, pc);
  }

  /** Counts a hit of the specialized form at {@code pc} (with {@code -X stats}). */
  static void hit(ThreadState ts, int op) {
    if (STATS) {
      ts.stats.spec.hits[op]++;
    }
  }

  /** The cache record of the instruction at {@code pc} (null when none was published). */
  static Object cache(Frame f, int pc) {
    return SHARED ? CACHE.getAcquire(f.bytecode.caches, pc) : f.bytecode.caches[pc];
  }
}
