package dev.weft.runtime.bytecode;

import java.util.BitSet;

/**
 * Lets a subscript read its container, and an attribute load its object, straight from a local
 * variable's slot, without taking a reference (CPython 3.14's {@code LOAD_FAST_BORROW}, for these
 * two consumers). When several threads read one shared list or dict through a local, {@code
 * LOAD_FAST} would make each of them increment and decrement the container's shared count on every
 * read, passing its cache line back and forth; reading the slot writes nothing.
 *
 * <p>The rewrite, on the bytecode the interpreter runs (the compiler's output, and {@code weft
 * dis}, are unchanged): {@code LOAD_FAST x; <index>; BINARY_SUBSCR} becomes {@code CHECK_FAST x;
 * <index>; BINARY_SUBSCR_FAST x}, where {@code <index>} is straight-line code of local and constant
 * loads, binary operators and subscripts (themselves possibly rewritten), with no jump target
 * inside. Nothing in such code can rebind {@code x}: in Python 3.11 a callee cannot store to its
 * caller's fast locals, and the index contains no assignment, so the slot still holds the value
 * LOAD_FAST would have pushed when the subscript runs, and it keeps it alive. CHECK_FAST raises
 * UnboundLocalError exactly where LOAD_FAST would have; the instructions keep their offsets, so
 * positions and tracebacks are those of the original.
 *
 * <p>Attributes: {@code LOAD_FAST x; LOAD_ATTR name} (the plain form, not the method form, which
 * pushes {@code x} again as {@code self}) becomes {@code CHECK_FAST x; LOAD_ATTR_FAST x,name}. The
 * lookup may run Python code (a property, {@code __getattr__}), which cannot rebind {@code x}
 * either. Attributes are rewritten first, so that an index such as {@code data[self.i]} still
 * qualifies its container.
 */
public final class BorrowedLocals {
  private BorrowedLocals() {}

  /** {@code -X borrow=off} ({@code -Dweft.borrow=false}) leaves the bytecode as compiled. */
  public static final boolean ENABLED = !"false".equals(System.getProperty("weft.borrow"));

  /** The longest index expression considered, in instructions. */
  private static final int WINDOW = 16;

  /** The largest local and name index that LOAD_ATTR_FAST's packed oparg carries. */
  private static final int PACKED_MAX = 0xFFF;

  /** Rewrites {@code words} in place. */
  public static void rewrite(int[] words, BitSet jumpTargets) {
    if (!ENABLED) {
      return;
    }
    for (int p = 0; p < words.length; p = next(words, p)) {
      int after = next(words, p);
      if ((words[p] & 0xFF) == Opcode.LOAD_FAST.code()
          && after < words.length
          && (words[after] & 0xFF) == Opcode.LOAD_ATTR.code()
          && !jumpTargets.get(after)) {
        int local = words[p] >>> 8;
        int attr = words[after] >>> 8;
        if ((attr & 1) == 0 && local <= PACKED_MAX && attr >>> 1 <= PACKED_MAX) {
          words[p] = Opcode.CHECK_FAST.code() | local << 8;
          words[after] = Opcode.LOAD_ATTR_FAST.code() | (local | (attr >>> 1) << 12) << 8;
        }
      }
    }
    for (int p = 0; p < words.length; p = next(words, p)) {
      if ((words[p] & 0xFF) == Opcode.LOAD_FAST.code()) {
        int consumer = consumer(words, p, jumpTargets);
        if (consumer >= 0) {
          int local = words[p] >>> 8;
          words[p] = Opcode.CHECK_FAST.code() | local << 8;
          words[consumer] = Opcode.BINARY_SUBSCR_FAST.code() | local << 8;
        }
      }
    }
  }

  /**
   * The offset of the BINARY_SUBSCR that takes the value loaded at {@code load} as its container,
   * if only whitelisted instructions run in between; else -1.
   */
  private static int consumer(int[] words, int load, BitSet jumpTargets) {
    int depth = 1; // the loaded value, counted from just below it
    int p = next(words, load);
    for (int n = 0; n < WINDOW && p < words.length; n++, p = next(words, p)) {
      if (jumpTargets.get(p)) {
        return -1;
      }
      int code = words[p] & 0xFF;
      if (code == Opcode.LOAD_FAST.code()
          || code == Opcode.LOAD_CONST.code()
          || code == Opcode.LOAD_ATTR_FAST.code()) {
        depth++;
      } else if (code == Opcode.CHECK_FAST.code()) {
        continue; // pushes nothing, and may come before anything else is pushed
      } else if (code == Opcode.BINARY_SUBSCR_FAST.code()) {
        // Replaces the index on top with the item: no net effect, unless our value is that index.
      } else if (code == Opcode.BINARY_OP.code()) {
        depth--;
      } else if (code == Opcode.BINARY_SUBSCR.code()) {
        if (depth == 2) {
          return p; // pops the index and our value
        }
        depth--;
      } else {
        return -1;
      }
      if (depth < 2) {
        return -1; // something consumed our value
      }
    }
    return -1;
  }

  /** The offsets control can arrive at other than by falling through: jumps and handlers. */
  public static BitSet jumpTargets(CodeObject code, int[] words) {
    BitSet targets = new BitSet(words.length);
    for (int p = 0; p < words.length; p = next(words, p)) {
      Opcode op = Opcode.of(words[p] & 0xFF);
      int oparg = words[p] >>> 8;
      switch (op.arg()) {
        case JUMP_FORWARD -> targets.set(next(words, p) + oparg);
        case JUMP_BACKWARD -> targets.set(next(words, p) - oparg);
        default -> {}
      }
    }
    for (CodeObject.ExceptionEntry entry : code.exceptionTable()) {
      targets.set(entry.target());
    }
    return targets;
  }

  private static int next(int[] words, int p) {
    return p + 1 + Opcode.of(words[p] & 0xFF).caches();
  }
}
