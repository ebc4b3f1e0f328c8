/**
 * The floor of a switch-dispatched interpreter loop on this JVM: how fast C2 runs the loop shape of
 * Weft's {@code Interpreter.execute} when the instructions do nothing but move references, with the
 * owner test of a biased count. The loop also has 40 cases that each call a method C2 does not
 * inline. Two ways to run it, each in its own JVM so that C2 compiles it from its own profile:
 *
 * <ul>
 *   <li>{@code java scripts/DispatchFloor.java bare}: only the three cases the loop runs are ever
 *       reached, so C2 prunes the rest;
 *   <li>{@code java scripts/DispatchFloor.java calls}: a warm-up reaches each calling case once
 *       first, as Weft's loop reaches dozens of cases that call out.
 * </ul>
 *
 * <p>It prints the best time of 15 rounds per iteration of 13 instructions (6 loads and 6 stores of
 * locals, then the loop's own), which is what {@code loadstore} of {@code
 * micro/instruction_loops.py} runs. docs/performance.md cites it.
 */
public class DispatchFloor {
  static final class Obj {
    long owner;
    int local;
  }

  static final class Frame {
    int lasti;
    int sp;
  }

  static long sink;

  static int helper(Frame f, int pc, int oparg, Obj[] s, int sp) {
    for (int i = 0; i < 4; i++) {
      sink += (long) s[i].local * pc + f.lasti + oparg;
    }
    return sp;
  }

  static int run(long me, Frame f, int[] code, Obj[] s, int iters) {
    int pc = 0, sp = 4, n = 0;
    while (true) {
      int word = code[pc];
      int oparg = word >>> 8;
      f.lasti = pc;
      f.sp = sp;
      pc++;
      switch (word & 0xFF) {
        case 0 -> {
          Obj v = s[oparg];
          if (v.owner == me) {
            v.local++;
          }
          s[sp++] = v;
        }
        case 1 -> {
          Obj v = s[--sp];
          s[sp] = null;
          Obj old = s[oparg];
          s[oparg] = v;
          if (old.owner == me && --old.local == 0) {
            throw new IllegalStateException();
          }
        }
        case 2 -> {
          if (++n == iters) {
            return n;
          }
          pc = 0;
        }
        case 4 -> sp = helper(f, pc, oparg, s, sp);
        case 5 -> sp = helper(f, pc, oparg, s, sp);
        case 6 -> sp = helper(f, pc, oparg, s, sp);
        case 7 -> sp = helper(f, pc, oparg, s, sp);
        case 8 -> sp = helper(f, pc, oparg, s, sp);
        case 9 -> sp = helper(f, pc, oparg, s, sp);
        case 10 -> sp = helper(f, pc, oparg, s, sp);
        case 11 -> sp = helper(f, pc, oparg, s, sp);
        case 12 -> sp = helper(f, pc, oparg, s, sp);
        case 13 -> sp = helper(f, pc, oparg, s, sp);
        case 14 -> sp = helper(f, pc, oparg, s, sp);
        case 15 -> sp = helper(f, pc, oparg, s, sp);
        case 16 -> sp = helper(f, pc, oparg, s, sp);
        case 17 -> sp = helper(f, pc, oparg, s, sp);
        case 18 -> sp = helper(f, pc, oparg, s, sp);
        case 19 -> sp = helper(f, pc, oparg, s, sp);
        case 20 -> sp = helper(f, pc, oparg, s, sp);
        case 21 -> sp = helper(f, pc, oparg, s, sp);
        case 22 -> sp = helper(f, pc, oparg, s, sp);
        case 23 -> sp = helper(f, pc, oparg, s, sp);
        case 24 -> sp = helper(f, pc, oparg, s, sp);
        case 25 -> sp = helper(f, pc, oparg, s, sp);
        case 26 -> sp = helper(f, pc, oparg, s, sp);
        case 27 -> sp = helper(f, pc, oparg, s, sp);
        case 28 -> sp = helper(f, pc, oparg, s, sp);
        case 29 -> sp = helper(f, pc, oparg, s, sp);
        case 30 -> sp = helper(f, pc, oparg, s, sp);
        case 31 -> sp = helper(f, pc, oparg, s, sp);
        case 32 -> sp = helper(f, pc, oparg, s, sp);
        case 33 -> sp = helper(f, pc, oparg, s, sp);
        case 34 -> sp = helper(f, pc, oparg, s, sp);
        case 35 -> sp = helper(f, pc, oparg, s, sp);
        case 36 -> sp = helper(f, pc, oparg, s, sp);
        case 37 -> sp = helper(f, pc, oparg, s, sp);
        case 38 -> sp = helper(f, pc, oparg, s, sp);
        case 39 -> sp = helper(f, pc, oparg, s, sp);
        case 40 -> sp = helper(f, pc, oparg, s, sp);
        case 41 -> sp = helper(f, pc, oparg, s, sp);
        case 42 -> sp = helper(f, pc, oparg, s, sp);
        case 43 -> sp = helper(f, pc, oparg, s, sp);
        default -> {
          return -1;
        }
      }
    }
  }

  public static void main(String[] args) {
    boolean calls = args.length > 0 && args[0].equals("calls");
    long me = 7;
    Frame f = new Frame();
    Obj[] s = new Obj[16];
    for (int i = 0; i < 4; i++) {
      s[i] = new Obj();
      s[i].owner = me;
      s[i].local = 1000;
    }
    // b = a; c = b; a = c; b = a; c = b; a = c, then the loop's own instruction.
    int[] loop = new int[13];
    int[][] moves = {{0, 1}, {1, 2}, {2, 0}, {0, 1}, {1, 2}, {2, 0}};
    int k = 0;
    for (int[] m : moves) {
      loop[k++] = m[0] << 8;
      loop[k++] = 1 | (m[1] << 8);
    }
    loop[k] = 2;
    if (calls) {
      // A warm-up program reaches every calling case once, then ends (op 3 is the default).
      int[] callEach = new int[41];
      for (int c = 0; c < 40; c++) {
        callEach[c] = 4 + c;
      }
      callEach[40] = 3;
      for (int r = 0; r < 20000; r++) {
        run(me, f, callEach, s, 1);
      }
    }
    int iters = 3_000_000;
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 15; r++) {
      long t = System.nanoTime();
      run(me, f, loop, s, iters);
      best = Math.min(best, (System.nanoTime() - t) / (double) iters);
    }
    System.out.printf("%-7s %6.1f ns/iter%n", calls ? "calls" : "bare", best);
  }
}
