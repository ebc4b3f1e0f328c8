package dev.weft.refcount;

/**
 * How reference counts are kept, chosen once per JVM (system property {@code weft.refcount}, which
 * the runtime's {@code -X refcount=} option sets) and held in a {@code static final} so that the
 * JIT folds the branches of the modes not in use.
 */
public enum RefcountMode {
  /**
   * Biased reference counting, the default and CPython's free-threaded design: the owning thread
   * updates a local count with plain stores; other threads pay an atomic add on a shared word. Most
   * references are taken by the thread that created the object, so most updates are cheap.
   */
  BRC,
  /**
   * Every increment and decrement is an atomic read-modify-write on one shared word. The baseline
   * that biased counting must beat: correct with any number of threads, but every update is a
   * locked instruction and a shared object's count line bounces between cores.
   */
  ATOMIC,
  /**
   * No counting at all: the JVM's collector alone reclaims objects and nothing is deallocated
   * deterministically (no {@code __del__} at the last reference, no freelist reuse). It measures
   * what keeping CPython's reference-count semantics costs on the JVM at all.
   */
  NONE;

  /** The property that selects the mode: {@code brc} (default), {@code atomic} or {@code none}. */
  public static final String PROPERTY = "weft.refcount";

  static RefcountMode fromSystemProperty() {
    String value = System.getProperty(PROPERTY, "brc");
    return switch (value) {
      case "brc" -> BRC;
      case "atomic" -> ATOMIC;
      case "none" -> NONE;
      default ->
          throw new IllegalArgumentException(
              "-X refcount must be brc, atomic or none, not '" + value + "'");
    };
  }
}
