package dev.weft.memory;

/**
 * CPython's per-thread freelist capacities, from {@code Include/internal/pycore_freelist_state.h}
 * (3.14; the {@code Py_*_MAXFREELIST} macros). This module knows nothing of Python: the runtime
 * sizes its {@link Freelist}s from these names so that Weft and CPython keep the same number of
 * freed objects per thread and their allocation profiles stay comparable.
 */
public final class FreelistLimits {
  /** {@code PyTuple_MAXSAVESIZE}: tuples of 1 to 20 items have a freelist, one per size. */
  public static final int TUPLE_MAX_SAVE_SIZE = 20;

  /** {@code Py_tuple_MAXFREELIST}: tuples kept for each size. */
  public static final int TUPLES_PER_SIZE = 2000;

  /** {@code Py_floats_MAXFREELIST}. */
  public static final int FLOATS = 100;

  /** {@code Py_ints_MAXFREELIST}. */
  public static final int INTS = 100;

  /** {@code Py_complexes_MAXFREELIST}. */
  public static final int COMPLEXES = 100;

  /** {@code Py_lists_MAXFREELIST}. */
  public static final int LISTS = 80;

  /** {@code Py_list_iters_MAXFREELIST}. */
  public static final int LIST_ITERATORS = 10;

  /** {@code Py_tuple_iters_MAXFREELIST}. */
  public static final int TUPLE_ITERATORS = 10;

  /** {@code Py_dicts_MAXFREELIST}. */
  public static final int DICTS = 80;

  /** {@code Py_dictkeys_MAXFREELIST}. */
  public static final int DICT_KEYS = 80;

  /** {@code Py_slices_MAXFREELIST}: one cached slice. */
  public static final int SLICES = 1;

  /** {@code Py_ranges_MAXFREELIST}. */
  public static final int RANGES = 6;

  /** {@code Py_range_iters_MAXFREELIST}. */
  public static final int RANGE_ITERATORS = 6;

  /** {@code Py_pycfunctionobject_MAXFREELIST}: builtin function objects. */
  public static final int BUILTIN_FUNCTIONS = 16;

  /** {@code Py_pycmethodobject_MAXFREELIST}: builtin methods bound to a defining class. */
  public static final int BUILTIN_METHODS = 16;

  /** {@code Py_pymethodobjects_MAXFREELIST}: bound method objects. */
  public static final int BOUND_METHODS = 20;

  /** {@code Py_contexts_MAXFREELIST}. */
  public static final int CONTEXTS = 255;

  /** {@code Py_async_gens_MAXFREELIST}. */
  public static final int ASYNC_GENERATORS = 80;

  /** {@code Py_futureiters_MAXFREELIST}. */
  public static final int FUTURE_ITERATORS = 255;

  /** {@code Py_object_stack_chunks_MAXFREELIST}: the collector's work-stack chunks. */
  public static final int OBJECT_STACK_CHUNKS = 4;

  private FreelistLimits() {}
}
