package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.TypingClasses.*;

import dev.weft.runtime.threads.ThreadState;

/**
 * {@code typing.get_type_hints} and {@code _eval_type}: annotations (strings as forward references,
 * evaluated in the defining module) with Annotated stripped unless asked, following CPython 3.11's
 * class, module and function cases.
 */
public final class TypeHints {
  private TypeHints() {}

  // --- get_type_hints ---

  /** {@code _eval_type}: forward references evaluated, inside aliases and unions too. */
  public static PyObject evalType(ThreadState ts, PyObject t, PyDict globals, PyDict locals) {
    if (t instanceof TypingVars.ForwardRef r) {
      return TypingVars.evaluate(ts, r, globals, locals);
    }
    PyTuple args;
    if (t instanceof GenericAliases.Alias g) {
      args = g.args;
    } else if (t instanceof GenericAliases.Union u) {
      args = u.args;
    } else if (t instanceof Typing.Alias a && a.args != null) {
      args = a.args;
    } else {
      return Ops.newRef(ts, t);
    }
    PyObject[] ev = new PyObject[args.items.length];
    boolean changed = false;
    int made = 0;
    try {
      for (int i = 0; i < ev.length; i++) {
        PyObject arg = args.items[i];
        PyObject src =
            t instanceof GenericAliases.Alias && arg instanceof PyStr s
                ? TypingVars.forwardRef(ts, s, true, PySingleton.NONE, false)
                : Ops.newRef(ts, arg);
        try {
          ev[i] = evalType(ts, src, globals, locals);
        } finally {
          Ops.decref(ts, src);
        }
        made++;
        changed |= ev[i] != arg;
      }
    } catch (RuntimeException e) {
      for (int i = 0; i < made; i++) {
        Ops.decref(ts, ev[i]);
      }
      throw e;
    }
    PyTuple evArgs = PyTuple.steal(ts, ev);
    try {
      if (!changed) {
        return Ops.newRef(ts, t);
      }
      if (t instanceof GenericAliases.Alias g) {
        return GenericAliases.of(ts, g.origin, evArgs);
      }
      if (t instanceof GenericAliases.Union) {
        return UnionTypes.makeUnion(ts, evArgs.items);
      }
      return TypingAliases.copyWith(ts, (Typing.Alias) t, evArgs);
    } finally {
      Ops.decref(ts, evArgs);
    }
  }

  /** {@code _strip_annotations}: Annotated, Required and NotRequired removed, recursively. */
  static PyObject stripAnnotations(ThreadState ts, PyObject t) {
    if (t instanceof Typing.Alias a && a.args != null) {
      if (a.kind == Typing.K_ANNOTATED) {
        return stripAnnotations(ts, a.origin);
      }
      if (a.origin == Typing.REQUIRED_FORM || a.origin == Typing.NOT_REQUIRED_FORM) {
        return stripAnnotations(ts, a.args.items[0]);
      }
    }
    return Ops.newRef(ts, t);
  }

  /** {@code get_type_hints(obj, globalns=None, localns=None, include_extras=False)}. */
  public static PyDict typeHints(
      ThreadState ts, PyObject obj, PyDict globalns, PyDict localns, boolean extras) {
    PyDict hints = new PyDict(ts);
    try {
      if (flag(ts, obj, "__no_type_check__")) {
        return hints;
      }
      if (obj instanceof PyType cls) {
        for (int i = cls.mro.length - 1; i >= 0; i--) {
          PyType base = cls.mro[i];
          PyDict baseGlobals = globalns;
          if (baseGlobals == null) {
            PyObject mod = base.dict.getString("__module__");
            PyObject m = mod == null ? null : ts.runtime.modules.get(ts, mod);
            baseGlobals = m instanceof PyModule pm ? pm.dict : null;
          }
          if (!(base.dict.getString("__annotations__") instanceof PyDict ann)) {
            continue;
          }
          PyDict baseLocals = localns != null ? localns : base.dict;
          PyDict g = baseGlobals, l = baseLocals;
          if (localns == null && globalns == null) {
            g = baseLocals;
            l = baseGlobals;
          }
          for (int p = ann.next(0); p >= 0; p = ann.next(p + 1)) {
            PyObject value = ann.valueAt(p);
            PyObject v =
                value == PySingleton.NONE
                    ? PySingleton.NONE_TYPE
                    : value instanceof PyStr s
                        ? TypingVars.forwardRef(ts, s, false, PySingleton.NONE, true)
                        : Ops.newRef(ts, value);
            try {
              PyObject e = evalType(ts, v, g, l);
              hints.put(ts, ann.keyAt(p), e);
              Ops.decref(ts, e);
            } finally {
              Ops.decref(ts, v);
            }
          }
        }
      } else {
        boolean module = obj instanceof PyModule;
        PyDict g = globalns;
        if (g == null) {
          if (obj instanceof PyModule m) {
            g = m.dict;
          } else {
            PyObject ns = obj;
            Ops.incref(ts, ns);
            PyObject wrapped;
            while ((wrapped = Ops.getattrOrNull(ts, ns, PyStr.intern("__wrapped__"))) != null) {
              Ops.decref(ts, ns);
              ns = wrapped;
            }
            if (ns instanceof PyFunction f) {
              g = f.globals;
            }
            Ops.decref(ts, ns);
          }
        }
        PyDict l = localns != null ? localns : g;
        PyObject annotations = Ops.getattrOrNull(ts, obj, PyStr.intern("__annotations__"));
        if (annotations == null) {
          if (obj instanceof PyFunction || obj instanceof PyModule || obj instanceof PyMethod) {
            return hints;
          }
          throw Exc.typeError(
              ts, Ops.reprString(ts, obj) + " is not a module, class, method, or function.");
        }
        try {
          PyDict ann = new PyDict(ts);
          try {
            DictOps.update(ts, ann, annotations);
            for (int p = ann.next(0); p >= 0; p = ann.next(p + 1)) {
              PyObject value = ann.valueAt(p);
              PyObject v =
                  value == PySingleton.NONE
                      ? PySingleton.NONE_TYPE
                      : value instanceof PyStr s
                          ? TypingVars.forwardRef(ts, s, !module, PySingleton.NONE, false)
                          : Ops.newRef(ts, value);
              try {
                PyObject e = evalType(ts, v, g, l);
                hints.put(ts, ann.keyAt(p), e);
                Ops.decref(ts, e);
              } finally {
                Ops.decref(ts, v);
              }
            }
          } finally {
            Ops.decref(ts, ann);
          }
        } finally {
          Ops.decref(ts, annotations);
        }
      }
      if (!extras) {
        for (int p = hints.next(0); p >= 0; p = hints.next(p + 1)) {
          PyObject stripped = stripAnnotations(ts, hints.valueAt(p));
          hints.put(ts, hints.keyAt(p), stripped);
          Ops.decref(ts, stripped);
        }
      }
      return hints;
    } catch (RuntimeException e) {
      Ops.decref(ts, hints);
      throw e;
    }
  }
}
