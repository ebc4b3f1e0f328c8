package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/** An object with a per-instance namespace ({@code __dict__}), created on first use. */
public interface HasDict {
  /** The namespace, borrowed; created empty if the object had none. */
  PyDict dict(ThreadState ts);
}
