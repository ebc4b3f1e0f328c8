package dev.weft.runtime.objects;

import static dev.weft.runtime.objects.Bootstrap.def;
import static dev.weft.runtime.objects.TypingClasses.*;

import dev.weft.runtime.interpreter.Calls;
import dev.weft.runtime.modules.Builtins;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code typing.Protocol} as CPython 3.11 defines it: a protocol class cannot be instantiated (its
 * {@code __init__} becomes {@code _no_init_or_replace_init}), may only inherit from protocols, and,
 * once {@code @runtime_checkable}, answers isinstance and issubclass structurally (every protocol
 * member present) through {@code _ProtocolMeta} and its {@code __subclasshook__}.
 */
public final class TypingProtocols {
  private TypingProtocols() {}

  // --- Protocol ---

  private static final java.util.Set<String> PROTOCOL_EXCLUDED =
      java.util.Set.of(
          "__abstractmethods__",
          "__annotations__",
          "__weakref__",
          "_is_protocol",
          "_is_runtime_protocol",
          "__dict__",
          "__args__",
          "__slots__",
          "__next_in_mro__",
          "__parameters__",
          "__origin__",
          "__orig_bases__",
          "__extra__",
          "__tree_hash__",
          "__doc__",
          "__subclasshook__",
          "__init__",
          "__new__",
          "__module__",
          "_MutableMapping__marker",
          "_gorg",
          "__qualname__",
          "__classcell__",
          "__hash__");

  private static final java.util.Set<String> ALLOWED_ABC_BASES =
      java.util.Set.of(
          "Callable",
          "Awaitable",
          "Iterable",
          "Iterator",
          "AsyncIterable",
          "AsyncIterator",
          "Hashable",
          "Sized",
          "Container",
          "Collection",
          "Reversible",
          "Buffer");

  /** {@code _no_init_or_replace_init}: what a protocol class's {@code __init__} becomes. */
  static final PyBuiltin NO_INIT =
      PyBuiltin.function("_no_init_or_replace_init", 1, (PyBuiltin.FN) TypingProtocols::noInit);

  /** The {@code __subclasshook__} every protocol class gets ({@code _proto_hook}). */
  private static final PyDescriptors.Wrapper PROTO_HOOK =
      Abc.classMethod(
          PyBuiltin.function(
              "_proto_hook", 2, (PyBuiltin.F2) (ts, s, cls, other) -> protoHook(ts, cls, other)));

  static void setup() {
    Bootstrap.ready(PROTOCOL);
    PROTOCOL.type = PROTOCOL_META;
    Bootstrap.constant(PROTOCOL, "__slots__", PyTuple.EMPTY);
    Bootstrap.constant(PROTOCOL, "_is_protocol", PyBool.TRUE);
    Bootstrap.constant(PROTOCOL, "_is_runtime_protocol", PyBool.FALSE);
    Bootstrap.classMethod(
        PROTOCOL,
        "__init_subclass__",
        1,
        (PyBuiltin.FN)
            (ts, unused, args, off, n, kw) -> {
              PyType cls = (PyType) args[off];
              superInitSubclass(ts, cls, PROTOCOL, args, off, n, kw);
              protocolInitSubclass(ts, cls);
              return PySingleton.NONE;
            });
    Abc.sealStatic(Bootstrap.BOOT, PROTOCOL);
    def(
        PROTOCOL_META,
        "__instancecheck__",
        1,
        (PyBuiltin.F1) TypingProtocols::protocolInstanceCheck);
  }

  private static void protocolInitSubclass(ThreadState ts, PyType cls) {
    PyObject own = cls.dict.getString("_is_protocol");
    if (own == null || !Ops.isTrue(ts, own)) {
      Ops.setattr(ts, cls, PyStr.intern("_is_protocol"), PyBool.of(contains(cls.bases, PROTOCOL)));
    }
    if (cls.dict.getString("__subclasshook__") == null) {
      Ops.setattr(ts, cls, PyStr.intern("__subclasshook__"), PROTO_HOOK);
    }
    if (!flag(ts, cls, "_is_protocol")) {
      return;
    }
    for (PyType base : cls.bases) {
      boolean ok =
          base == PyType.OBJECT
              || base == GENERIC
              || (GenericAliases.moduleOf(base).equals("collections.abc")
                  && ALLOWED_ABC_BASES.contains(base.shortName()))
              || (base.isSubtypeOf(GENERIC) && flag(ts, base, "_is_protocol"));
      if (!ok) {
        throw Exc.typeError(
            ts, "Protocols can only inherit from other protocols, got " + Ops.reprString(ts, base));
      }
    }
    if (cls.lookup("__init__") == Bootstrap.objectInit) {
      Ops.setattr(ts, cls, PyStr.intern("__init__"), NO_INIT);
    }
  }

  private static PyObject noInit(
      ThreadState ts, PyObject unused, PyObject[] args, int off, int n, PyTuple kw) {
    PyObject self = args[off];
    PyType cls = self.type;
    if (flag(ts, cls, "_is_protocol")) {
      throw Exc.typeError(ts, "Protocols cannot be instantiated");
    }
    if (cls.lookup("__init__") != NO_INIT) {
      return PySingleton.NONE;
    }
    PyObject init = Bootstrap.objectInit;
    for (PyType base : cls.mro) {
      PyObject i = base.dict.getString("__init__");
      if (i != null && i != NO_INIT) {
        init = i;
        break;
      }
    }
    Ops.setattr(ts, cls, PyStr.intern("__init__"), init);
    return Calls.call(ts, init, args, off, n, kw);
  }

  /** {@code _get_protocol_attrs}: the members a protocol requires. */
  static Set<String> protocolAttrs(ThreadState ts, PyType cls) {
    Set<String> attrs = new LinkedHashSet<>();
    for (int i = 0; i < cls.mro.length - 1; i++) {
      PyType base = cls.mro[i];
      String n = base.shortName();
      if (n.equals("Protocol") || n.equals("Generic")) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (int p = base.dict.next(0); p >= 0; p = base.dict.next(p + 1)) {
        if (base.dict.keyAt(p) instanceof PyStr k) {
          names.add(k.value);
        }
      }
      if (base.dict.getString("__annotations__") instanceof PyDict ann) {
        for (int p = ann.next(0); p >= 0; p = ann.next(p + 1)) {
          if (ann.keyAt(p) instanceof PyStr k) {
            names.add(k.value);
          }
        }
      }
      for (String a : names) {
        if (!a.startsWith("_abc_") && !PROTOCOL_EXCLUDED.contains(a)) {
          attrs.add(a);
        }
      }
    }
    return attrs;
  }

  private static boolean callableMembersOnly(ThreadState ts, PyType cls) {
    for (String attr : protocolAttrs(ts, cls)) {
      PyObject v = Ops.getattrOrNull(ts, cls, PyStr.intern(attr));
      boolean callable = v != null && Builtins.isCallable(v);
      Ops.xdecref(ts, v);
      if (!callable) {
        return false;
      }
    }
    return true;
  }

  private static PyObject protoHook(ThreadState ts, PyObject clsObj, PyObject other) {
    PyType cls = (PyType) clsObj;
    PyObject own = cls.dict.getString("_is_protocol");
    if (own == null || !Ops.isTrue(ts, own)) {
      return PySingleton.NOT_IMPLEMENTED;
    }
    if (!flag(ts, cls, "_is_runtime_protocol")) {
      if (Abc.inNestedCheck()) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      throw Exc.typeError(
          ts, "Instance and class checks can only be used with @runtime_checkable protocols");
    }
    if (!callableMembersOnly(ts, cls)) {
      if (Abc.inNestedCheck()) {
        return PySingleton.NOT_IMPLEMENTED;
      }
      throw Exc.typeError(ts, "Protocols with non-method members don't support issubclass()");
    }
    if (!(other instanceof PyType o)) {
      throw Exc.typeError(ts, "issubclass() arg 1 must be a class");
    }
    for (String attr : protocolAttrs(ts, cls)) {
      boolean found = false;
      for (PyType base : o.mro) {
        PyObject v = base.dict.getString(attr);
        if (v != null) {
          if (v == PySingleton.NONE) {
            return PySingleton.NOT_IMPLEMENTED;
          }
          found = true;
          break;
        }
        if (base.dict.getString("__annotations__") instanceof PyDict ann
            && ann.getString(attr) != null
            && o.isSubtypeOf(GENERIC)
            && flag(ts, o, "_is_protocol")) {
          found = true;
          break;
        }
      }
      if (!found) {
        return PySingleton.NOT_IMPLEMENTED;
      }
    }
    return PyBool.TRUE;
  }

  private static PyObject protocolInstanceCheck(ThreadState ts, PyObject self, PyObject instance) {
    PyType cls = (PyType) self;
    boolean isProtocol = flag(ts, cls, "_is_protocol");
    if (isProtocol && !flag(ts, cls, "_is_runtime_protocol") && !Abc.inNestedCheck()) {
      throw Exc.typeError(
          ts, "Instance and class checks can only be used with @runtime_checkable protocols");
    }
    if ((!isProtocol || callableMembersOnly(ts, cls)) && Abc.isSubclass(ts, instance.type, cls)) {
      return PyBool.TRUE;
    }
    if (isProtocol) {
      boolean all = true;
      for (String attr : protocolAttrs(ts, cls)) {
        PyObject v = Ops.getattrOrNull(ts, instance, PyStr.intern(attr));
        if (v == null) {
          all = false;
          break;
        }
        PyObject c = Ops.getattrOrNull(ts, cls, PyStr.intern(attr));
        boolean callable = c != null && Builtins.isCallable(c);
        Ops.xdecref(ts, c);
        boolean blocked = callable && v == PySingleton.NONE;
        Ops.decref(ts, v);
        if (blocked) {
          all = false;
          break;
        }
      }
      if (all) {
        return PyBool.TRUE;
      }
    }
    return PyBool.of(Abc.instanceCheck(ts, cls, instance));
  }

  /** {@code @runtime_checkable}. */
  public static PyObject runtimeCheckable(ThreadState ts, PyObject cls) {
    if (!(cls instanceof PyType t) || !t.isSubtypeOf(GENERIC) || !flag(ts, t, "_is_protocol")) {
      throw Exc.typeError(
          ts,
          "@runtime_checkable can be only applied to protocol classes, got "
              + Ops.reprString(ts, cls));
    }
    Ops.setattr(ts, cls, PyStr.intern("_is_runtime_protocol"), PyBool.TRUE);
    return Ops.newRef(ts, cls);
  }
}
