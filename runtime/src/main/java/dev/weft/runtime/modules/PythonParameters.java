package dev.weft.runtime.modules;

import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyException;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a module-level function CPython writes in Python (most of {@code
 * dataclasses}'), for the builtin that stands in for it: binds a call's arguments as the Python
 * function's parameters bind and fails with the messages of CPython's {@code initialize_locals}
 * (keywords matched first, then surplus positionals, then missing ones). {@link PythonSignature} is
 * the same for methods, whose counts include {@code self}.
 *
 * @param name the function's name, as the messages give it
 * @param positionalOnly how many leading parameters are positional-only
 * @param positional how many parameters are positional (the rest are keyword-only, with defaults)
 * @param required how many leading positional parameters have no default
 * @param varKeywords whether the function takes {@code **kwargs}
 * @param names every parameter's name
 */
record PythonParameters(
    String name,
    int positionalOnly,
    int positional,
    int required,
    boolean varKeywords,
    String... names) {

  /**
   * The arguments by parameter, borrowed from the caller's window, null where a parameter was not
   * given; keywords no parameter takes go to {@code extra} as (name, value) pairs when the function
   * takes {@code **kwargs}.
   */
  PyObject[] bind(
      ThreadState ts, PyObject[] args, int off, int n, PyTuple kwnames, List<PyObject[]> extra) {
    PyObject[] bound = new PyObject[names.length];
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    System.arraycopy(args, off, bound, 0, Math.min(npos, positional));
    List<String> positionalOnlyGiven = new ArrayList<>();
    int keywordOnlyGiven = 0;
    for (int k = 0; k < nkw; k++) {
      PyStr key = (PyStr) kwnames.items[k];
      PyObject value = args[off + npos + k];
      int index = indexOf(key.value);
      if (index < 0) {
        if (varKeywords) {
          extra.add(new PyObject[] {key, value});
        } else if (isPositionalOnly(key.value)) {
          positionalOnlyGiven.add(key.value);
        } else {
          throw Exc.typeError(
              ts, name + "() got an unexpected keyword argument '" + key.value + "'");
        }
        continue;
      }
      if (bound[index] != null) {
        throw Exc.typeError(ts, name + "() got multiple values for argument '" + key.value + "'");
      }
      bound[index] = value;
      if (index >= positional) {
        keywordOnlyGiven++;
      }
    }
    if (!positionalOnlyGiven.isEmpty()) {
      throw Exc.typeError(
          ts,
          name
              + "() got some positional-only arguments passed as keyword arguments: '"
              + String.join(", ", positionalOnlyGiven)
              + "'");
    }
    if (npos > positional) {
      throw tooManyPositional(ts, npos, keywordOnlyGiven);
    }
    List<String> missing = new ArrayList<>();
    for (int i = npos; i < required; i++) {
      if (bound[i] == null) {
        missing.add(names[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw missingPositional(ts, missing);
    }
    return bound;
  }

  private int indexOf(String key) {
    for (int i = positionalOnly; i < names.length; i++) {
      if (names[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  private boolean isPositionalOnly(String key) {
    for (int i = 0; i < positionalOnly; i++) {
      if (names[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  private PyException tooManyPositional(ThreadState ts, int given, int keywordOnlyGiven) {
    return ArgParser.tooManyPositional(
        ts, name, positional, positional - required, given, keywordOnlyGiven);
  }

  private PyException missingPositional(ThreadState ts, List<String> missing) {
    return ArgParser.missingArguments(ts, name, missing, "positional");
  }
}
