package dev.weft.runtime.objects;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.compiler.Ast;
import dev.weft.runtime.compiler.NumberLiteral;
import dev.weft.runtime.compiler.TupleConstant;
import java.math.BigInteger;
import java.util.List;

/**
 * {@code code}: a compiled {@link CodeObject} with what the interpreter needs at hand. Constants
 * and names become immortal Python objects once, here (as CPython's free-threaded build
 * immortalizes code constants), so {@code LOAD_CONST} never counts; the exception table is
 * flattened into an int array for the unwinder. Code objects are immortal for now: they live as
 * long as the program (the deferred-reclamation issue can free them with their functions).
 */
public final class PyCode extends PyObject {
  public static final PyType TYPE = PyType.builtin("code", null, 0, null);

  public final CodeObject code;

  /**
   * The instructions as compiled (borrowed locals applied), with every adaptive counter at its
   * warm-up value: what each thread's {@link Bytecode} copy starts from. Never specialized, so code
   * that inspects the instruction stream (generators, disassembly) reads it.
   */
  public final int[] words;

  private static final Bytecode[] NO_COPIES = new Bytecode[0];

  /**
   * The bytecode copies by thread index (ARCHITECTURE.md §4). Entries are filled, and the array is
   * replaced by a longer copy, only under this object's lock; a thread reads its own entry without
   * it (TLBC_02).
   */
  private volatile Bytecode[] copies = NO_COPIES;

  public final PyObject[] constants;
  public final PyStr[] names;
  public final PyStr[] localsPlusNames;
  public final int[] localsPlusKinds;
  public final int localsPlusCount;
  public final int stackSize;
  public final int flags;
  public final int argCount, positionalOnlyCount, keywordOnlyCount;

  /** Number of plain local slots before cells and free variables (cells may alias parameters). */
  public final int localCount;

  /** Rows of {@code start, end, target, depth, lasti}. */
  public final int[] exceptionTable;

  public final PyStr name, qualname;

  public PyCode(CodeObject code) {
    super(TYPE, true);
    this.code = code;
    int[] w = code.code();
    dev.weft.runtime.bytecode.BorrowedLocals.rewrite(
        w, dev.weft.runtime.bytecode.BorrowedLocals.jumpTargets(code, w));
    dev.weft.runtime.interpreter.Spec.quicken(w);
    this.words = w;
    List<Object> consts = code.constants();
    this.constants = new PyObject[consts.size()];
    for (int i = 0; i < constants.length; i++) {
      constants[i] = constant(consts.get(i));
    }
    this.names = code.names().stream().map(PyStr::intern).toArray(PyStr[]::new);
    this.localsPlusNames = code.localsPlus().stream().map(PyStr::intern).toArray(PyStr[]::new);
    this.localsPlusCount = localsPlusNames.length;
    this.localsPlusKinds = new int[localsPlusCount];
    for (int i = 0; i < localsPlusCount; i++) {
      localsPlusKinds[i] = code.localsPlusKind(i);
    }
    this.localCount = code.shape().localNames().size();
    this.stackSize = code.stackSize();
    this.flags = code.flags();
    this.argCount = code.shape().argCount();
    this.positionalOnlyCount = code.shape().positionalOnlyCount();
    this.keywordOnlyCount = code.shape().keywordOnlyCount();
    List<CodeObject.ExceptionEntry> table = code.exceptionTable();
    this.exceptionTable = new int[table.size() * 5];
    for (int i = 0; i < table.size(); i++) {
      CodeObject.ExceptionEntry e = table.get(i);
      exceptionTable[i * 5] = e.start();
      exceptionTable[i * 5 + 1] = e.end();
      exceptionTable[i * 5 + 2] = e.target();
      exceptionTable[i * 5 + 3] = e.depth();
      exceptionTable[i * 5 + 4] = e.lasti() ? 1 : 0;
    }
    this.name = PyStr.intern(code.name());
    this.qualname = PyStr.intern(code.qualifiedName());
  }

  /**
   * The copy for thread index {@code index}, made from {@link #words} (deoptimized, counters at
   * warm-up) on first use.
   */
  public Bytecode bytecode(int index) {
    Bytecode[] a = copies;
    if (index < a.length) {
      Bytecode b = a[index];
      if (b != null) {
        return b;
      }
    }
    return newCopy(index);
  }

  private synchronized Bytecode newCopy(int index) {
    Bytecode[] a = copies;
    if (index >= a.length) {
      // Copy and publish: a reader holding the old array still finds every copy it had, and the
      // JVM's collector frees that array once no reader can hold it (the part QSBR plays in C).
      a = java.util.Arrays.copyOf(a, Math.max(index + 1, a.length * 2));
      copies = a;
    }
    Bytecode b = a[index];
    if (b == null) {
      b = new Bytecode(this, index, words.clone());
      a[index] = b;
    }
    return b;
  }

  /** The copies made so far, by index (null where none); for disassembly and statistics. */
  public synchronized Bytecode[] copies() {
    return copies.clone();
  }

  /** The row index (a multiple of 5) of the handler covering word {@code pc}, or -1. */
  public int handlerFor(int pc) {
    int[] t = exceptionTable;
    for (int i = 0; i < t.length; i += 5) {
      if (pc >= t[i] && pc < t[i + 1]) {
        return i;
      }
    }
    return -1;
  }

  public int lineOf(int pc) {
    return code.lineOf(pc);
  }

  public String filename() {
    return code.filename();
  }

  public boolean isGeneratorLike() {
    return (flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR))
        != 0;
  }

  /** The immortal Python value of a compiler constant. */
  static PyObject constant(Object value) {
    return switch (value) {
      case Long l -> PyInt.immortal(BigInteger.valueOf(l));
      case BigInteger b -> PyInt.immortal(b);
      case Double d -> PyFloat.immortal(d);
      case String s -> PyStr.intern(s);
      case Boolean b -> PyBool.of(b);
      case byte[] bytes -> PyBytes.immortal(bytes);
      case TupleConstant t ->
          PyTuple.immortal(t.items().stream().map(PyCode::constant).toArray(PyObject[]::new));
      case CodeObject c -> new PyCode(c);
      case NumberLiteral.Imaginary i -> PyComplex.immortal(0.0, i.value());
      default -> {
        if (value == Ast.NONE) {
          yield PySingleton.NONE;
        }
        if (value == Ast.ELLIPSIS) {
          yield PySingleton.ELLIPSIS;
        }
        throw new IllegalArgumentException("unknown constant " + value);
      }
    };
  }
}
