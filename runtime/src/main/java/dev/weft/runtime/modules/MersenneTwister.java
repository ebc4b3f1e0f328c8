package dev.weft.runtime.modules;

import java.math.BigInteger;

/**
 * MT19937, the Mersenne Twister of Matsumoto and Nishimura (ACM TOMACS 8(1), 1998), with the two
 * seeding procedures of their 2002 reference code ({@code init_genrand}, {@code init_by_array}) and
 * the ways CPython's {@code _random} module turns its output into integers and floats, so that a
 * seed gives exactly the sequence CPython 3.11 gives.
 *
 * <p>The state is 624 words of 32 bits and a position {@link #index}. A draw returns the word at
 * the position, tempered, and advances; when all 624 have been used, the whole block is regenerated
 * at once ("twisted"): each word is replaced by the word 397 places on, xored with the top bit of
 * itself and the low 31 bits of its successor shifted right by one, and with the matrix constant
 * when that combination is odd. Java ints hold the words; the arithmetic is mod 2^32 as in C, with
 * unsigned shifts.
 *
 * <p>Not thread-safe: the Python object that owns a generator draws from it inside a critical
 * section on itself.
 */
final class MersenneTwister {
  static final int N = 624;
  private static final int M = 397;
  private static final int MATRIX_A = 0x9908b0df;
  private static final int UPPER_MASK = 0x80000000;
  private static final int LOWER_MASK = 0x7fffffff;

  /** 2^-53: a 53-bit integer scaled into [0, 1). */
  private static final double RECIP_2_53 = 1.0 / 9007199254740992.0;

  private final int[] mt = new int[N];

  /** The next word to hand out; N means the block is used up. A new generator is all zeros. */
  private int index;

  /** Reference {@code init_genrand}: fills the state from one 32-bit seed. */
  void initGenrand(int seed) {
    mt[0] = seed;
    for (int i = 1; i < N; i++) {
      mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
    }
    index = N;
  }

  /** Reference {@code init_by_array}: mixes a key of 32-bit words (at least one) into the state. */
  void initByArray(int[] key) {
    initGenrand(19650218);
    int i = 1, j = 0;
    for (int k = Math.max(N, key.length); k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) {
        j = 0;
      }
    }
    for (int k = N - 1; k > 0; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000; // the most significant bit is 1, so the state is never all zeros
  }

  /**
   * Seeds from a non-negative integer as CPython's {@code random_seed} does: its 32-bit words,
   * least significant first, are the key (zero is the one-word key {0}).
   */
  void seed(BigInteger n) {
    int words = Math.max(1, (n.bitLength() + 31) / 32);
    int[] key = new int[words];
    for (int w = 0; w < words; w++) {
      key[w] = n.shiftRight(32 * w).intValue();
    }
    initByArray(key);
  }

  /** Reference {@code genrand_int32}: the next 32 random bits. */
  int nextWord() {
    if (index >= N) {
      twist();
    }
    int y = mt[index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y;
  }

  private void twist() {
    int kk = 0;
    for (; kk < N - M; kk++) {
      mt[kk] = mt[kk + M] ^ mix(mt[kk], mt[kk + 1]);
    }
    for (; kk < N - 1; kk++) {
      mt[kk] = mt[kk + (M - N)] ^ mix(mt[kk], mt[kk + 1]);
    }
    mt[N - 1] = mt[M - 1] ^ mix(mt[N - 1], mt[0]);
    index = 0;
  }

  private static int mix(int word, int next) {
    int y = (word & UPPER_MASK) | (next & LOWER_MASK);
    return (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
  }

  /** CPython's {@code random_random}: 27 bits, then 26, as one 53-bit fraction in [0, 1). */
  double nextDouble() {
    int a = nextWord() >>> 5, b = nextWord() >>> 6;
    return (a * 67108864.0 + b) * RECIP_2_53;
  }

  /**
   * {@code getrandbits(k)} for {@code 0 <= k <= 63}: 32-bit words from least to most significant,
   * the last keeping only its top {@code k % 32} bits (so {@code k <= 32} is one word shifted
   * down).
   */
  long nextBits(int k) {
    if (k == 0) {
      return 0;
    }
    if (k <= 32) {
      return (nextWord() & 0xffffffffL) >>> (32 - k);
    }
    long low = nextWord() & 0xffffffffL;
    long high = (nextWord() & 0xffffffffL) >>> (64 - k);
    return low | (high << 32);
  }

  /**
   * {@code getrandbits(k)} for any {@code k >= 0}, as little-endian 32-bit words ({@code (k + 31) /
   * 32} of them, the last shifted down to its top {@code k % 32} bits).
   */
  int[] nextWords(int k) {
    int[] words = new int[(k + 31) / 32];
    for (int i = 0; i < words.length; i++, k -= 32) {
      int r = nextWord();
      words[i] = k < 32 ? r >>> (32 - k) : r;
    }
    return words;
  }

  /** A copy of the 624 state words; the position is {@link #index()}. */
  int[] stateWords() {
    return mt.clone();
  }

  int index() {
    return index;
  }

  /** Installs a state read back from {@code getstate()}; the caller has checked its shape. */
  void restore(int[] words, int position) {
    System.arraycopy(words, 0, mt, 0, N);
    index = position;
  }

  /** Little-endian words as a non-negative integer. */
  static BigInteger fromWords(int[] words) {
    byte[] bytes = new byte[words.length * 4];
    for (int i = 0; i < words.length; i++) {
      int w = words[words.length - 1 - i];
      bytes[4 * i] = (byte) (w >>> 24);
      bytes[4 * i + 1] = (byte) (w >>> 16);
      bytes[4 * i + 2] = (byte) (w >>> 8);
      bytes[4 * i + 3] = (byte) w;
    }
    return new BigInteger(1, bytes);
  }
}
