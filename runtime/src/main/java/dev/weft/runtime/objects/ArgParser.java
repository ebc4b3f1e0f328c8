package dev.weft.runtime.objects;

import dev.weft.runtime.threads.ThreadState;

/**
 * Binds a builtin's arguments to named parameters, as CPython's Argument Clinic does: names
 * prefixed with {@code *} are keyword-only; every parameter is optional (the builtin checks what it
 * requires). Values are borrowed from the caller's argument window.
 */
public final class ArgParser {
  private final PyObject[] values;

  public ArgParser(
      ThreadState ts,
      String function,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames,
      String... names) {
    values = new PyObject[names.length];
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    int positional = 0;
    while (positional < names.length && !names[positional].startsWith("*")) {
      positional++;
    }
    if (npos > positional) {
      throw Exc.typeError(
          ts,
          function
              + "() takes at most "
              + positional
              + " positional argument"
              + (positional == 1 ? "" : "s")
              + " ("
              + npos
              + " given)");
    }
    for (int i = 0; i < npos; i++) {
      values[i] = args[off + i];
    }
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      int index = -1;
      for (int i = 0; i < names.length; i++) {
        String pn = names[i].startsWith("*") ? names[i].substring(1) : names[i];
        if (pn.equals(name)) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        throw Exc.typeError(ts, function + "() got an unexpected keyword argument '" + name + "'");
      }
      if (values[index] != null) {
        throw Exc.typeError(
            ts,
            "argument for "
                + function
                + "() given by name ('"
                + name
                + "') and position ("
                + (index + 1)
                + ")");
      }
      values[index] = args[off + npos + k];
    }
  }

  public boolean has(int i) {
    return values[i] != null;
  }

  public PyObject get(int i) {
    return values[i];
  }

  /** The argument, or {@code dflt} when it was not given. */
  public PyObject get(int i, PyObject dflt) {
    return values[i] != null ? values[i] : dflt;
  }

  /**
   * CPython's {@code too_many_positional} (ceval.c) for a Python function, or a builtin standing in
   * for one: "f() takes 2 positional arguments but 3 were given", "from 1 to 2", and "(and 1
   * keyword-only argument)" when keyword-only ones came too. Counts include {@code self} where the
   * function has one.
   */
  public static PyException tooManyPositional(
      ThreadState ts,
      String qualname,
      int argCount,
      int defaults,
      int given,
      int keywordOnlyGiven) {
    String takes =
        defaults > 0
            ? "from " + (argCount - defaults) + " to " + argCount + " positional arguments"
            : argCount + " positional argument" + (argCount == 1 ? "" : "s");
    String keywordOnly =
        keywordOnlyGiven == 0
            ? ""
            : " positional argument"
                + (given == 1 ? "" : "s")
                + " (and "
                + keywordOnlyGiven
                + " keyword-only argument"
                + (keywordOnlyGiven == 1 ? "" : "s")
                + ")";
    return Exc.typeError(
        ts,
        qualname
            + "() takes "
            + takes
            + " but "
            + given
            + keywordOnly
            + (given == 1 && keywordOnlyGiven == 0 ? " was" : " were")
            + " given");
  }

  /**
   * CPython's {@code missing_arguments}: "f() missing 2 required positional arguments: 'a' and 'b'"
   * ({@code 'a', 'b', and 'c'} for three); {@code kind} is "positional" or "keyword-only".
   */
  public static PyException missingArguments(
      ThreadState ts, String qualname, java.util.List<String> names, String kind) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
      }
      list.append('\'').append(names.get(i)).append('\'');
    }
    return Exc.typeError(
        ts,
        qualname
            + "() missing "
            + names.size()
            + " required "
            + kind
            + " argument"
            + (names.size() == 1 ? "" : "s")
            + ": "
            + list);
  }

  /**
   * CPython's {@code _PyArg_CheckPositional}: TypeError "NAME expected [at least|at most] N
   * argument(s), got n" unless {@code min <= n <= max}.
   */
  public static void checkPositional(ThreadState ts, String name, int n, int min, int max) {
    if (n < min || n > max) {
      int bound = n < min ? min : max;
      throw Exc.typeError(
          ts,
          name
              + " expected "
              + (min == max ? "" : n < min ? "at least " : "at most ")
              + bound
              + " argument"
              + (bound == 1 ? "" : "s")
              + ", got "
              + n);
    }
  }
}
