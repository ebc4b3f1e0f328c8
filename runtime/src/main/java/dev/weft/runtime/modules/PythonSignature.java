package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;

/**
 * The parameters of a method that CPython writes in Python (most of {@code random.Random}'s), for a
 * builtin that stands in for it: binds a call's arguments as a Python function's parameters bind,
 * and fails with the messages CPython's {@code initialize_locals} gives (keywords are matched
 * first, then surplus and missing positionals are reported, counting {@code self}).
 *
 * @param qualname the function's {@code __qualname__}, as the messages name it
 * @param required how many leading positional parameters have no default
 * @param positional how many of {@code names} are positional-or-keyword; the rest are keyword-only
 *     (with defaults)
 * @param names the parameter names after {@code self}
 */
public record PythonSignature(String qualname, int required, int positional, String... names) {
  /**
   * The arguments by parameter, borrowed from the caller's window; null where a parameter with a
   * default was not given.
   */
  public PyObject[] bind(ThreadState ts, PyObject[] args, int off, int n, PyTuple kwnames) {
    PyObject[] bound = new PyObject[names.length];
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    for (int i = 0; i < Math.min(npos, positional); i++) {
      bound[i] = args[off + i];
    }
    int keywordOnlyGiven = 0;
    for (int k = 0; k < nkw; k++) {
      String name = ((PyStr) kwnames.items[k]).value;
      int index = indexOf(name);
      if (index < 0) {
        throw Exc.typeError(ts, qualname + "() got an unexpected keyword argument '" + name + "'");
      }
      if (bound[index] != null) {
        throw Exc.typeError(ts, qualname + "() got multiple values for argument '" + name + "'");
      }
      bound[index] = args[off + npos + k];
      if (index >= positional) {
        keywordOnlyGiven++;
      }
    }
    if (npos > positional) {
      throw tooManyPositional(ts, npos, keywordOnlyGiven);
    }
    int missing = 0;
    for (int i = 0; i < required; i++) {
      if (bound[i] == null) {
        missing++;
      }
    }
    if (missing > 0) {
      throw missingPositional(ts, bound, missing);
    }
    return bound;
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private PyException tooManyPositional(ThreadState ts, int npos, int keywordOnlyGiven) {
    return ArgParser.tooManyPositional(
        ts, qualname, positional + 1, positional - required, npos + 1, keywordOnlyGiven);
  }

  private PyException missingPositional(ThreadState ts, PyObject[] bound, int missing) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < required; i++) {
      if (bound[i] == null) {
        names.add(this.names[i]);
      }
    }
    return ArgParser.missingArguments(ts, qualname, names, "positional");
  }
}
