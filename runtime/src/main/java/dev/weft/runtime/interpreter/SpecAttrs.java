package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyDescriptors;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyInstance;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.objects.SharedKeys;
import dev.weft.runtime.threads.ThreadState;

/**
 * The specialized forms of LOAD_ATTR, LOAD_ATTR_FAST and STORE_ATTR (CPython's {@code
 * LOAD_ATTR_INSTANCE_VALUE}, {@code _SLOT}, {@code _MODULE}, {@code _CLASS}, {@code _PROPERTY},
 * {@code _METHOD_WITH_VALUES}, {@code _METHOD_NO_DICT}, and {@code STORE_ATTR_INSTANCE_VALUE},
 * {@code _SLOT}).
 *
 * <p>Every guard starts from a version: a type's version tag (which changes whenever its namespace
 * or a base's does, so whatever the specializer looked up on the type still holds), or a module
 * dict's keys version. The loads then read the instance's storage lock-free, as the generic path
 * does: acquire the value, try-increment it, and keep it only if its slot still holds it. A load
 * racing a type change or an attribute store therefore gives the old value, the new one, or a miss,
 * never a freed object or another attribute's value (SPEC_03). Stores take the instance's lock as
 * the generic store does.
 *
 * <p>Each lookup is written once, as a core that returns the attribute (a new reference) or null
 * for a miss; LOAD_ATTR (owner on the stack, owned) and LOAD_ATTR_FAST (owner borrowed from a
 * local) wrap the same cores.
 */
public final class SpecAttrs {
  private SpecAttrs() {}

  /**
   * An attribute kept inline in the values of instances: at {@code indexes[i]} for instances whose
   * type has version {@code versions[i]}. CPython's form serves one type; a site that sees several
   * classes (a base class's method run on instances of its subclasses, each with its own shared
   * keys) would miss its way from one to the next and specialize again every 53 misses, so Weft's
   * record keeps up to {@link #MAX_TYPES} of them, the newest first. Each pair stays valid while
   * its version does: a type's shared keys only grow, so a name keeps its index.
   */
  public record InstanceValueCache(int[] versions, int[] indexes) {
    public static final int MAX_TYPES = 4;

    /**
     * The record for {@code version} and {@code index}, keeping the other types of {@code previous}
     * (the record this instruction had before its last deopt, if it was one of these).
     */
    public static InstanceValueCache of(int version, int index, Object previous) {
      int[] vs = {version}, ix = {index};
      if (previous instanceof InstanceValueCache p) {
        int n = 1;
        vs = new int[MAX_TYPES];
        ix = new int[MAX_TYPES];
        vs[0] = version;
        ix[0] = index;
        for (int i = 0; i < p.versions.length && n < MAX_TYPES; i++) {
          if (p.versions[i] != version) {
            vs[n] = p.versions[i];
            ix[n++] = p.indexes[i];
          }
        }
        vs = java.util.Arrays.copyOf(vs, n);
        ix = java.util.Arrays.copyOf(ix, n);
      }
      return new InstanceValueCache(vs, ix);
    }

    /** The index for instances of a type with version {@code version}, or -1. */
    public int indexFor(int version) {
      int[] vs = versions;
      for (int i = 0; i < vs.length; i++) {
        if (vs[i] == version) {
          return indexes[i];
        }
      }
      return -1;
    }
  }

  /** A {@code __slots__} member: element {@code index} of the instance's slot array. */
  public record SlotCache(int typeVersion, int index) {}

  /** A module attribute: entry {@code index} of the module dict's keys with that version. */
  public record ModuleCache(int keysVersion, int index) {}

  /**
   * An attribute of a class object itself, found on its MRO as {@code value} (deferred or immortal,
   * so it outlives any race with its replacement), under the class's version and its metaclass's
   * (which has no data descriptor of that name).
   */
  public record ClassCache(int typeVersion, int metaVersion, PyObject value) {}

  /**
   * A property whose getter is a Python function. The property is kept too: {@code
   * property.__init__} may give it another getter without touching the type.
   */
  public record PropertyCache(int typeVersion, PyDescriptors.Property property, PyFunction fget) {}

  /**
   * Methods (functions or method descriptors, deferred or immortal) of types whose instances keep
   * their attributes inline: entry i is the method of the type with version {@code
   * typeVersions[i]}, whose shared keys at {@code keysVersions[i]} lacked the method's name ({@link
   * SharedKeys#versionLacking}), so while that version holds no instance has an attribute of that
   * name to shadow the method. Up to {@link #MAX_TYPES} types, the newest first (as {@link
   * InstanceValueCache}: a base class's method calls {@code self.m()} on its subclasses).
   */
  public record MethodWithValuesCache(int[] typeVersions, int[] keysVersions, PyObject[] methods) {
    public static final int MAX_TYPES = 4;

    /** The record for one more type, keeping the other types of {@code previous}. */
    public static MethodWithValuesCache of(
        int typeVersion, int keysVersion, PyObject method, Object previous) {
      int[] tv = new int[MAX_TYPES], kv = new int[MAX_TYPES];
      PyObject[] ms = new PyObject[MAX_TYPES];
      tv[0] = typeVersion;
      kv[0] = keysVersion;
      ms[0] = method;
      int n = 1;
      if (previous instanceof MethodWithValuesCache p) {
        for (int i = 0; i < p.typeVersions.length && n < MAX_TYPES; i++) {
          if (p.typeVersions[i] != typeVersion) {
            tv[n] = p.typeVersions[i];
            kv[n] = p.keysVersions[i];
            ms[n++] = p.methods[i];
          }
        }
      }
      return new MethodWithValuesCache(
          java.util.Arrays.copyOf(tv, n),
          java.util.Arrays.copyOf(kv, n),
          java.util.Arrays.copyOf(ms, n));
    }

    /** The entry for a type with version {@code typeVersion}, or -1. */
    int entryFor(int typeVersion) {
      int[] tv = typeVersions;
      for (int i = 0; i < tv.length; i++) {
        if (tv[i] == typeVersion) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A method of a type whose instances have no namespace that could shadow it. */
  public record MethodNoDictCache(int typeVersion, PyObject method) {}

  // --- Lookup cores: the attribute as a new reference, or null for a miss ---

  private static PyObject instanceValue(ThreadState ts, PyObject owner, Object cache) {
    // The type read with acquire: values laid out for the class it names (see typeAcquire).
    if (cache instanceof InstanceValueCache c && owner instanceof PyInstance inst) {
      int index = c.indexFor(PyInstance.typeAcquire(inst).versionTag);
      if (index >= 0) {
        return inst.inlineValueRef(ts, index);
      }
    }
    return null;
  }

  private static PyObject slot(ThreadState ts, PyObject owner, Object cache) {
    if (cache instanceof SlotCache c
        && owner instanceof PyInstance inst
        && inst.type.versionTag == c.typeVersion()) {
      PyObject[] slots = inst.slots;
      if (slots != null && c.index() < slots.length) {
        return inst.slotRef(ts, c.index());
      }
    }
    return null;
  }

  private static PyObject module(ThreadState ts, PyObject owner, Object cache) {
    if (cache instanceof ModuleCache c && owner instanceof PyModule m && m.type == PyModule.TYPE) {
      PyDict.Keys k = m.dict.keys();
      if (k.version() == c.keysVersion()) {
        return m.dict.valueRefAt(ts, k, c.index());
      }
    }
    return null;
  }

  private static PyObject classAttribute(ThreadState ts, PyObject owner, Object cache) {
    if (cache instanceof ClassCache c
        && owner instanceof PyType t
        && t.versionTag == c.typeVersion()
        && t.type.versionTag == c.metaVersion()) {
      PyObject v = c.value();
      Ops.incref(ts, v);
      return v;
    }
    return null;
  }

  // --- LOAD_ATTR: [owner] -> [attr] or, with oparg bit 0, [NULL, attr] / [method, self] ---

  static int loadAttrInstanceValue(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = instanceValue(ts, f.slots[f.sp - 1], Spec.cache(f, pc));
    return v != null
        ? hit(ts, f, oparg, v, Op.LOAD_ATTR_INSTANCE_VALUE)
        : missLoad(ts, f, pc, oparg);
  }

  static int loadAttrSlot(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = slot(ts, f.slots[f.sp - 1], Spec.cache(f, pc));
    return v != null ? hit(ts, f, oparg, v, Op.LOAD_ATTR_SLOT) : missLoad(ts, f, pc, oparg);
  }

  static int loadAttrModule(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = module(ts, f.slots[f.sp - 1], Spec.cache(f, pc));
    return v != null ? hit(ts, f, oparg, v, Op.LOAD_ATTR_MODULE) : missLoad(ts, f, pc, oparg);
  }

  static int loadAttrClass(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = classAttribute(ts, f.slots[f.sp - 1], Spec.cache(f, pc));
    return v != null ? hit(ts, f, oparg, v, Op.LOAD_ATTR_CLASS) : missLoad(ts, f, pc, oparg);
  }

  /** Calls the getter as the generic load does; if it raises, the owner is still on the stack. */
  static int loadAttrProperty(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject owner = f.slots[f.sp - 1];
    if (Spec.cache(f, pc) instanceof PropertyCache c
        && owner.type.versionTag == c.typeVersion()
        && c.property().fget == c.fget()) {
      Spec.hit(ts, Op.LOAD_ATTR_PROPERTY);
      PyObject v = Calls.callFunction(ts, c.fget(), owner, Calls.NO_ARGS, 0, 0, null);
      return replaceOwner(ts, f, oparg, v);
    }
    return missLoad(ts, f, pc, oparg);
  }

  static int loadAttrMethodWithValues(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject owner = f.slots[f.sp - 1];
    if ((oparg & 1) != 0
        && Spec.cache(f, pc) instanceof MethodWithValuesCache c
        && owner instanceof PyInstance inst) {
      PyType t = PyInstance.typeAcquire(inst);
      int i = c.entryFor(t.versionTag);
      if (i >= 0 && inst.dict == null) {
        // Read after the dict: a shadowing attribute stored since was first added to the keys
        // (a new version), or went to a dict after the moment the check above saw none.
        SharedKeys keys = t.sharedKeys;
        if (keys != null && keys.version == c.keysVersions()[i]) {
          Spec.hit(ts, Op.LOAD_ATTR_METHOD_WITH_VALUES);
          return pushMethod(ts, f, c.methods()[i]);
        }
      }
    }
    return missLoad(ts, f, pc, oparg);
  }

  static int loadAttrMethodNoDict(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject owner = f.slots[f.sp - 1];
    if ((oparg & 1) != 0
        && Spec.cache(f, pc) instanceof MethodNoDictCache c
        && owner.type.versionTag == c.typeVersion()) {
      Spec.hit(ts, Op.LOAD_ATTR_METHOD_NO_DICT);
      return pushMethod(ts, f, c.method());
    }
    return missLoad(ts, f, pc, oparg);
  }

  /** The attribute replaces the owner (with NULL below it in the method form). */
  private static int hit(ThreadState ts, Frame f, int oparg, PyObject v, int form) {
    Spec.hit(ts, form);
    return replaceOwner(ts, f, oparg, v);
  }

  private static int replaceOwner(ThreadState ts, Frame f, int oparg, PyObject v) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject owner = s[sp - 1];
    if ((oparg & 1) != 0) {
      s[sp - 1] = null;
      s[sp] = v;
      f.sp = sp + 1;
      Ops.decref(ts, owner);
      return sp + 1;
    }
    s[sp - 1] = v;
    Ops.decref(ts, owner);
    return sp;
  }

  /** {@code [method, self]}: the owner's reference moves up to be {@code self}. */
  private static int pushMethod(ThreadState ts, Frame f, PyObject method) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    Ops.incref(ts, method);
    s[sp] = s[sp - 1];
    s[sp - 1] = method;
    return f.sp = sp + 1;
  }

  private static int missLoad(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    return Uops.loadAttr(ts, f, oparg);
  }

  // --- LOAD_ATTR_FAST: owner borrowed from local oparg & 0xFFF; [] -> [attr] ---

  static int loadAttrFastInstanceValue(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = instanceValue(ts, f.slots[oparg & 0xFFF], Spec.cache(f, pc));
    return v != null
        ? push(ts, f, v, Op.LOAD_ATTR_FAST_INSTANCE_VALUE)
        : missFast(ts, f, pc, oparg);
  }

  static int loadAttrFastSlot(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = slot(ts, f.slots[oparg & 0xFFF], Spec.cache(f, pc));
    return v != null ? push(ts, f, v, Op.LOAD_ATTR_FAST_SLOT) : missFast(ts, f, pc, oparg);
  }

  static int loadAttrFastModule(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = module(ts, f.slots[oparg & 0xFFF], Spec.cache(f, pc));
    return v != null ? push(ts, f, v, Op.LOAD_ATTR_FAST_MODULE) : missFast(ts, f, pc, oparg);
  }

  static int loadAttrFastClass(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject v = classAttribute(ts, f.slots[oparg & 0xFFF], Spec.cache(f, pc));
    return v != null ? push(ts, f, v, Op.LOAD_ATTR_FAST_CLASS) : missFast(ts, f, pc, oparg);
  }

  private static int push(ThreadState ts, Frame f, PyObject v, int form) {
    Spec.hit(ts, form);
    f.slots[f.sp] = v;
    return ++f.sp;
  }

  private static int missFast(ThreadState ts, Frame f, int pc, int oparg) {
    Spec.miss(ts, f, pc);
    return Uops.loadAttrFast(ts, f, oparg);
  }

  // --- STORE_ATTR: [value, owner] -> [] ---

  static int storeAttrInstanceValue(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject owner = s[sp - 1], value = s[sp - 2];
    if (Spec.cache(f, pc) instanceof InstanceValueCache c
        && owner instanceof PyInstance inst
        && storeInline(ts, inst, c, value)) {
      Spec.hit(ts, Op.STORE_ATTR_INSTANCE_VALUE);
      s[sp - 1] = null;
      s[sp - 2] = null;
      f.sp = sp - 2;
      Ops.decref(ts, owner);
      Ops.decref(ts, value);
      return sp - 2;
    }
    Spec.miss(ts, f, pc);
    return Uops.storeAttr(ts, f, oparg);
  }

  private static boolean storeInline(
      ThreadState ts, PyInstance inst, InstanceValueCache c, PyObject value) {
    int index = c.indexFor(PyInstance.typeAcquire(inst).versionTag);
    return index >= 0 && inst.storeInline(ts, index, value);
  }

  static int storeAttrSlot(ThreadState ts, Frame f, int pc, int oparg) {
    PyObject[] s = f.slots;
    int sp = f.sp;
    PyObject owner = s[sp - 1], value = s[sp - 2];
    if (Spec.cache(f, pc) instanceof SlotCache c
        && owner instanceof PyInstance inst
        && inst.type.versionTag == c.typeVersion()) {
      PyObject[] slots = inst.slots;
      if (slots != null && c.index() < slots.length) {
        Spec.hit(ts, Op.STORE_ATTR_SLOT);
        s[sp - 1] = null;
        s[sp - 2] = null;
        f.sp = sp - 2;
        // The stack's reference to the value moves into the slot.
        Ops.xdecref(ts, inst.swapSlot(c.index(), value));
        Ops.decref(ts, owner);
        return sp - 2;
      }
    }
    Spec.miss(ts, f, pc);
    return Uops.storeAttr(ts, f, oparg);
  }
}
