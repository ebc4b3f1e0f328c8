package dev.weft.specialization;

import dev.weft.runtime.interpreter.Frame;
import dev.weft.runtime.interpreter.Op;
import dev.weft.runtime.interpreter.Spec;
import dev.weft.runtime.interpreter.SpecAttrs.ClassCache;
import dev.weft.runtime.interpreter.SpecAttrs.InstanceValueCache;
import dev.weft.runtime.interpreter.SpecAttrs.MethodNoDictCache;
import dev.weft.runtime.interpreter.SpecAttrs.MethodWithValuesCache;
import dev.weft.runtime.interpreter.SpecAttrs.ModuleCache;
import dev.weft.runtime.interpreter.SpecAttrs.PropertyCache;
import dev.weft.runtime.interpreter.SpecAttrs.SlotCache;
import dev.weft.runtime.objects.Attributes;
import dev.weft.runtime.objects.HasDict;
import dev.weft.runtime.objects.NamedTuples;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyGetSet;
import dev.weft.runtime.objects.PyInstance;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.SharedKeys;
import dev.weft.runtime.threads.ThreadState;

/**
 * LOAD_ATTR, LOAD_ATTR_FAST and STORE_ATTR (CPython's {@code specialize_instance_load_attr}, {@code
 * specialize_class_load_attr}, {@code specialize_module_load_attr} and {@code
 * _Py_Specialize_StoreAttr}): classifies what the generic lookup ({@link Attributes}) would find
 * and picks the form that finds the same thing.
 *
 * <p>The owner's type version is read before anything is looked up on the type: the type publishes
 * a new version after its namespace and flags change, so a lookup made after reading version V is
 * at least as new as V, and the guard on V in the handler catches every later change. Anything the
 * version does not cover must not matter: a descriptor found on the type must be of a static type
 * (whose own namespace, hence whether it is a data descriptor, cannot change), and a cached object
 * must be deferred or immortal, since the handler pushes it without reading it from the namespace
 * again.
 */
final class AttrSpecializer {
  private AttrSpecializer() {}

  static void loadAttr(ThreadState ts, Frame f, int pc) {
    int oparg = f.bytecode.words[pc] >>> 8;
    PyObject owner = f.slots[f.sp - 1];
    PyStr name = f.code.names[oparg >> 1];
    if ((oparg & 1) != 0 && !(owner instanceof PyType) && !(owner instanceof PyModule)) {
      method(ts, f, pc, owner, name);
    } else {
      attribute(ts, f, pc, owner, name, false);
    }
  }

  static void loadAttrFast(ThreadState ts, Frame f, int pc) {
    int oparg = f.bytecode.words[pc] >>> 8;
    PyObject owner = f.slots[oparg & 0xFFF];
    if (owner == null) {
      Spec.fail(ts, f, pc, "unbound local");
      return;
    }
    attribute(ts, f, pc, owner, f.code.names[oparg >>> 12], true);
  }

  /**
   * The method form on an instance: {@code [method, self]} when the type has a function or method
   * descriptor of that name that no instance attribute can shadow; otherwise the attribute itself.
   */
  private static void method(ThreadState ts, Frame f, int pc, PyObject owner, PyStr name) {
    PyType t = owner.type;
    int version = t.versionTag;
    if (t.customGetattribute) {
      Spec.fail(ts, f, pc, "overridden __getattribute__");
      return;
    }
    PyObject descr = t.lookup(name.value);
    if (!(descr instanceof PyFunction || descr instanceof PyBuiltin b && b.isDescriptor())) {
      attribute(ts, f, pc, owner, name, false);
      return;
    }
    if (!descr.isDeferred()) {
      Spec.fail(ts, f, pc, "method not deferred");
      return;
    }
    if (owner instanceof PyInstance inst && t.instancesHaveDict) {
      if (inst.dict != null) {
        Spec.fail(ts, f, pc, "materialized dict");
        return;
      }
      int keysVersion = t.sharedKeys().versionLacking(name.value);
      if (keysVersion < 0) {
        // An instance may shadow the method: load whatever the instance has.
        attribute(ts, f, pc, owner, name, false);
        return;
      }
      Spec.specialize(
          ts,
          f,
          pc,
          Op.LOAD_ATTR_METHOD_WITH_VALUES,
          MethodWithValuesCache.of(version, keysVersion, descr, f.bytecode.caches[pc]));
      return;
    }
    if (!(owner instanceof HasDict) || owner instanceof PyInstance) {
      Spec.specialize(
          ts, f, pc, Op.LOAD_ATTR_METHOD_NO_DICT, new MethodNoDictCache(version, descr));
      return;
    }
    Spec.fail(ts, f, pc, "method on an object with a dict");
  }

  /** Any owner, the attribute itself ({@code [NULL, attr]} in the method form). */
  private static void attribute(
      ThreadState ts, Frame f, int pc, PyObject owner, PyStr name, boolean fast) {
    if (owner instanceof PyModule m) {
      module(ts, f, pc, m, name, fast);
      return;
    }
    if (owner instanceof PyType type) {
      classAttribute(ts, f, pc, type, name, fast);
      return;
    }
    PyType t = owner.type;
    int version = t.versionTag;
    if (t.customGetattribute) {
      Spec.fail(ts, f, pc, "overridden __getattribute__");
      return;
    }
    PyObject descr = t.lookup(name.value);
    if (descr instanceof PyGetSet g && g.slotIndex >= 0) {
      if (!(owner instanceof PyInstance) || !t.isSubtypeOf(g.owner)) {
        Spec.fail(ts, f, pc, "slot member of another class");
        return;
      }
      int form = fast ? Op.LOAD_ATTR_FAST_SLOT : Op.LOAD_ATTR_SLOT;
      Spec.specialize(ts, f, pc, form, new SlotCache(version, g.slotIndex));
      return;
    }
    if (descr instanceof PyDescriptors.Property p) {
      property(ts, f, pc, t, version, p, fast);
      return;
    }
    if (descr != null && (Attributes.isDataDescriptor(descr) || descr.type.isHeap())) {
      Spec.fail(ts, f, pc, "overriding descriptor");
      return;
    }
    if (!(owner instanceof PyInstance inst) || !t.instancesHaveDict) {
      Spec.fail(ts, f, pc, descr == null ? "attribute not found" : "class attribute of instance");
      return;
    }
    if (inst.dict != null) {
      Spec.fail(ts, f, pc, "materialized dict");
      return;
    }
    SharedKeys keys = t.sharedKeys;
    int index = keys == null ? -1 : keys.indexOf(name.value);
    if (index < 0) {
      Spec.fail(ts, f, pc, descr == null ? "attribute not found" : "class attribute of instance");
      return;
    }
    int form = fast ? Op.LOAD_ATTR_FAST_INSTANCE_VALUE : Op.LOAD_ATTR_INSTANCE_VALUE;
    Spec.specialize(ts, f, pc, form, InstanceValueCache.of(version, index, f.bytecode.caches[pc]));
  }

  private static void property(
      ThreadState ts,
      Frame f,
      int pc,
      PyType t,
      int version,
      PyDescriptors.Property p,
      boolean fast) {
    String reason = null;
    if (fast) {
      reason = "property in LOAD_ATTR_FAST";
    } else if (p.type != PyDescriptors.PROPERTY) {
      reason = "property subclass";
    } else if (!(p.fget instanceof PyFunction fget) || !fget.isDeferred()) {
      reason = "property getter not a Python function";
    } else if (t.hasGetattr) {
      // A getter raising AttributeError would go on to __getattr__.
      reason = "property with __getattr__";
    } else {
      Spec.specialize(
          ts, f, pc, Op.LOAD_ATTR_PROPERTY, new PropertyCache(version, p, (PyFunction) p.fget));
      return;
    }
    Spec.fail(ts, f, pc, reason);
  }

  private static void module(
      ThreadState ts, Frame f, int pc, PyModule m, PyStr name, boolean fast) {
    if (m.type != PyModule.TYPE) {
      Spec.fail(ts, f, pc, "module subclass");
      return;
    }
    if (PyModule.TYPE.lookup(name.value) != null) {
      Spec.fail(ts, f, pc, "module type attribute");
      return;
    }
    long position = m.dict.versionedPosition(ts, name);
    int index = (int) position;
    if (index < 0) {
      Spec.fail(ts, f, pc, "module attribute not found");
      return;
    }
    int form = fast ? Op.LOAD_ATTR_FAST_MODULE : Op.LOAD_ATTR_MODULE;
    Spec.specialize(ts, f, pc, form, new ModuleCache((int) (position >>> 32), index));
  }

  /**
   * An attribute of a class object, when the lookup through the class gives the attribute itself
   * (not a binding made anew each time, as for a classmethod) and no metaclass attribute
   * intervenes.
   */
  private static void classAttribute(
      ThreadState ts, Frame f, int pc, PyType type, PyStr name, boolean fast) {
    PyType meta = type.type;
    int metaVersion = meta.versionTag, version = type.versionTag;
    if (meta.customGetattribute) {
      Spec.fail(ts, f, pc, "metaclass __getattribute__");
      return;
    }
    PyObject metaAttr = meta.lookup(name.value);
    if (metaAttr != null && (Attributes.isDataDescriptor(metaAttr) || metaAttr.type.isHeap())) {
      Spec.fail(ts, f, pc, "metaclass attribute");
      return;
    }
    PyObject attr = type.lookup(name.value);
    String reason = null;
    if (attr == null) {
      reason = "class attribute not found";
    } else if (attr instanceof PyDescriptors.Wrapper) {
      reason = "classmethod or staticmethod";
    } else if (!(attr instanceof PyFunction
            || attr instanceof PyBuiltin
            || attr instanceof PyGetSet
            || attr instanceof PyDescriptors.Property
            || attr instanceof NamedTuples.TupleGetter)
        && (attr.type.isHeap() || attr.type.descriptorGet != null)) {
      reason = "class attribute is a descriptor";
    } else if (!attr.isDeferred()) {
      reason = "class attribute not deferred";
    }
    if (reason != null) {
      Spec.fail(ts, f, pc, reason);
      return;
    }
    int form = fast ? Op.LOAD_ATTR_FAST_CLASS : Op.LOAD_ATTR_CLASS;
    Spec.specialize(ts, f, pc, form, new ClassCache(version, metaVersion, attr));
  }

  static void storeAttr(ThreadState ts, Frame f, int pc) {
    PyObject owner = f.slots[f.sp - 1];
    PyStr name = f.code.names[f.bytecode.words[pc] >>> 8];
    if (!(owner instanceof PyInstance inst)) {
      Spec.fail(ts, f, pc, owner instanceof PyType ? "class attribute" : "not an instance");
      return;
    }
    PyType t = inst.type;
    int version = t.versionTag;
    if (t.customSetattr) {
      Spec.fail(ts, f, pc, "overridden __setattr__");
      return;
    }
    PyObject descr = t.lookup(name.value);
    if (descr instanceof PyGetSet g && g.slotIndex >= 0 && t.isSubtypeOf(g.owner)) {
      Spec.specialize(ts, f, pc, Op.STORE_ATTR_SLOT, new SlotCache(version, g.slotIndex));
      return;
    }
    if (descr != null && (Attributes.isDataDescriptor(descr) || descr.type.isHeap())) {
      Spec.fail(ts, f, pc, "overriding descriptor");
      return;
    }
    if (!t.instancesHaveDict) {
      Spec.fail(ts, f, pc, "no instance dict");
      return;
    }
    if (inst.dict != null) {
      Spec.fail(ts, f, pc, "materialized dict");
      return;
    }
    SharedKeys keys = t.sharedKeys;
    int index = keys == null ? -1 : keys.indexOf(name.value);
    if (index < 0) {
      Spec.fail(ts, f, pc, "name not in shared keys");
      return;
    }
    Spec.specialize(
        ts,
        f,
        pc,
        Op.STORE_ATTR_INSTANCE_VALUE,
        InstanceValueCache.of(version, index, f.bytecode.caches[pc]));
  }
}
