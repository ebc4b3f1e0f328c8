package dev.weft.runtime.interpreter;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.objects.ArgParser;
import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyGenerator;
import dev.weft.runtime.objects.PyMethod;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * The call protocol (CPython's vectorcall): {@code n} positional arguments at {@code args[off]},
 * the last {@code kwnames.size()} of them passed by keyword. Arguments are borrowed; the result is
 * a new reference. Python functions called from Java run a nested interpreter loop; the interpreter
 * itself calls them without recursion ({@link Interpreter}).
 */
public final class Calls {
  private Calls() {}

  public static final PyObject[] NO_ARGS = new PyObject[0];

  public static PyObject call(
      ThreadState ts, PyObject callable, PyObject[] args, int off, int n, PyTuple kwnames) {
    switch (callable) {
      case PyFunction f -> {
        return callFunction(ts, f, null, args, off, n, kwnames);
      }
      case PyBuiltin b -> {
        return b.call(ts, args, off, n, kwnames);
      }
      case PyMethod m -> {
        return callWithSelf(ts, m.function, m.self, args, off, n, kwnames);
      }
      case PyType t -> {
        return TypeCalls.call(ts, t, args, off, n, kwnames);
      }
      default -> {
        PyObject m = callable.type.lookup("__call__");
        if (m == null) {
          throw Exc.typeError(ts, "'" + callable.typeName() + "' object is not callable");
        }
        return callWithSelf(ts, m, callable, args, off, n, kwnames);
      }
    }
  }

  /** {@code method(self, *args)} for a method found on a type. */
  public static PyObject callMethod(
      ThreadState ts, PyObject method, PyObject self, PyObject... args) {
    return callWithSelf(ts, method, self, args, 0, args.length, null);
  }

  /** Calls {@code function} with {@code self} prepended to the arguments. */
  public static PyObject callWithSelf(
      ThreadState ts,
      PyObject function,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames) {
    if (function instanceof PyFunction f) {
      return callFunction(ts, f, self, args, off, n, kwnames);
    }
    PyObject[] all = new PyObject[n + 1];
    all[0] = self;
    System.arraycopy(args, off, all, 1, n);
    return call(ts, function, all, 0, n + 1, kwnames);
  }

  /** Runs a Python function to completion in a nested loop (or creates its generator). */
  public static PyObject callFunction(
      ThreadState ts,
      PyFunction f,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames) {
    Frame frame = newFrame(ts, f, self, args, off, n, kwnames);
    return Interpreter.run(ts, frame);
  }

  /** A frame for {@code f} with its arguments bound (new references in its slots). */
  static Frame newFrame(
      ThreadState ts,
      PyFunction f,
      PyObject self,
      PyObject[] args,
      int off,
      int n,
      PyTuple kwnames) {
    PyCode code = f.code;
    Ops.incref(ts, f);
    Frame frame = new Frame(ts, code, f, f.globals, f.builtins, null);
    int nkw = kwnames == null ? 0 : kwnames.items.length;
    int npos = n - nkw;
    PyObject[] s = frame.slots;
    int flags = code.flags;
    if (self == null
        && nkw == 0
        && npos == code.argCount
        && (flags & (CodeObject.VARARGS | CodeObject.VARKEYWORDS)) == 0
        && code.keywordOnlyCount == 0) {
      for (int i = 0; i < npos; i++) {
        PyObject a = args[off + i];
        Ops.incref(ts, a);
        s[i] = a;
      }
      return frame;
    }
    try {
      bind(ts, f, frame, self, args, off, npos, kwnames);
    } catch (RuntimeException e) {
      frame.sp = code.localsPlusCount;
      frame.clear(ts.rc);
      throw e;
    }
    return frame;
  }

  /** CPython's {@code initialize_locals}: positional, keyword, default and star parameters. */
  private static void bind(
      ThreadState ts,
      PyFunction f,
      Frame frame,
      PyObject self,
      PyObject[] args,
      int off,
      int npos,
      PyTuple kwnames) {
    PyCode code = f.code;
    PyObject[] s = frame.slots;
    int argCount = code.argCount;
    int kwOnly = code.keywordOnlyCount;
    boolean varargs = (code.flags & CodeObject.VARARGS) != 0;
    boolean varkw = (code.flags & CodeObject.VARKEYWORDS) != 0;
    int total = npos + (self != null ? 1 : 0);
    PyDict kwdict = null;
    if (varkw) {
      kwdict = new PyDict(ts);
      s[argCount + kwOnly + (varargs ? 1 : 0)] = kwdict;
    }
    int positional = Math.min(total, argCount);
    for (int i = 0; i < positional; i++) {
      PyObject a = self != null ? (i == 0 ? self : args[off + i - 1]) : args[off + i];
      Ops.incref(ts, a);
      s[i] = a;
    }
    if (varargs) {
      int extra = total - positional;
      PyObject[] rest = new PyObject[Math.max(0, extra)];
      for (int i = 0; i < extra; i++) {
        int k = positional + i;
        PyObject a = self != null ? (k == 0 ? self : args[off + k - 1]) : args[off + k];
        Ops.incref(ts, a);
        rest[i] = a;
      }
      s[argCount + kwOnly] = PyTuple.steal(ts, rest);
    }
    if (kwnames != null) {
      PyObject[] names = kwnames.items;
      for (int k = 0; k < names.length; k++) {
        PyStr name = (PyStr) names[k];
        PyObject value = args[off + npos + k];
        int index = -1;
        for (int p = code.positionalOnlyCount; p < argCount + kwOnly; p++) {
          PyStr pn = code.localsPlusNames[p];
          if (pn == name || pn.value.equals(name.value)) {
            index = p;
            break;
          }
        }
        if (index < 0) {
          if (kwdict == null) {
            for (int p = 0; p < code.positionalOnlyCount; p++) {
              if (code.localsPlusNames[p].value.equals(name.value)) {
                throw Exc.typeError(
                    ts,
                    qualname(f)
                        + "() got some positional-only arguments passed as keyword arguments: '"
                        + name.value
                        + "'");
              }
            }
            throw Exc.typeError(
                ts, qualname(f) + "() got an unexpected keyword argument '" + name.value + "'");
          }
          kwdict.put(ts, name, value);
          continue;
        }
        if (s[index] != null) {
          throw Exc.typeError(
              ts, qualname(f) + "() got multiple values for argument '" + name.value + "'");
        }
        Ops.incref(ts, value);
        s[index] = value;
      }
    }
    if (!varargs && total > argCount) {
      // After the keywords, as CPython checks: an unexpected or repeated keyword is reported
      // first, and the message counts the keyword-only arguments that came along.
      int keywordOnlyGiven = 0;
      for (int i = argCount; i < argCount + kwOnly; i++) {
        if (s[i] != null) {
          keywordOnlyGiven++;
        }
      }
      int defaults = f.defaults == null ? 0 : f.defaults.items.length;
      throw ArgParser.tooManyPositional(
          ts, qualname(f), argCount, defaults, total, keywordOnlyGiven);
    }
    if (total < argCount) {
      PyObject[] defaults = f.defaults == null ? NO_ARGS : f.defaults.items;
      int firstDefault = argCount - defaults.length;
      List<String> missing = new ArrayList<>();
      for (int i = total; i < argCount; i++) {
        if (s[i] == null) {
          if (i >= firstDefault) {
            PyObject d = defaults[i - firstDefault];
            Ops.incref(ts, d);
            s[i] = d;
          } else {
            missing.add(code.localsPlusNames[i].value);
          }
        }
      }
      if (!missing.isEmpty()) {
        throw missingArguments(ts, f, missing, "positional");
      }
    }
    if (kwOnly > 0) {
      List<String> missing = new ArrayList<>();
      for (int i = argCount; i < argCount + kwOnly; i++) {
        if (s[i] == null) {
          PyObject d = f.kwdefaults == null ? null : f.kwdefaults.getStr(code.localsPlusNames[i]);
          if (d != null) {
            Ops.incref(ts, d);
            s[i] = d;
          } else {
            missing.add(code.localsPlusNames[i].value);
          }
        }
      }
      if (!missing.isEmpty()) {
        throw missingArguments(ts, f, missing, "keyword-only");
      }
    }
  }

  static String qualname(PyFunction f) {
    return f.qualname.value;
  }

  private static RuntimeException missingArguments(
      ThreadState ts, PyFunction f, List<String> names, String kind) {
    return ArgParser.missingArguments(ts, qualname(f), names, kind);
  }

  /** The generator a generator function's call returns, owning the prepared frame. */
  static PyGenerator newGenerator(ThreadState ts, Frame frame) {
    PyFunction f = frame.function;
    boolean coroutine = (frame.code.flags & CodeObject.COROUTINE) != 0;
    PyGenerator g = new PyGenerator(ts, frame, coroutine, f.name, f.qualname);
    frame.generator = g;
    return g;
  }
}
