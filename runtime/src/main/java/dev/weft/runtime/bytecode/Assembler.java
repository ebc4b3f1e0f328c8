package dev.weft.runtime.bytecode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the code generator's instruction stream into a {@link CodeObject} (CPython's {@code
 * Python/flowgraph.c} and {@code Python/assemble.c}, without the optimizer).
 *
 * <p>The code generator emits instructions in layout order, with {@link Label}s for jump targets
 * and the pseudo-ops {@code JUMP}, {@code SETUP_FINALLY}/{@code SETUP_CLEANUP}/{@code SETUP_WITH}
 * and {@code POP_BLOCK}. {@link #assemble} then:
 *
 * <ol>
 *   <li>lays out words: each real instruction takes {@code 1 + caches()} words, pseudo-ops none
 *       except {@code JUMP}, which becomes one JUMP_FORWARD or JUMP_BACKWARD word;
 *   <li>walks the control flow from the first instruction with a worklist, carrying the stack depth
 *       and the stack of open SETUP_* regions (pushed by SETUP_*, popped by POP_BLOCK, the handler
 *       entered with the regions open at its SETUP). Every path into an instruction must arrive
 *       with the same depth; a mismatch or underflow is a code-generator bug and throws;
 *   <li>encodes words, resolving jump targets to relative opargs, and records each word's line;
 *   <li>gives every reachable instruction the innermost open region as its handler and merges runs
 *       of instructions with the same handler into exception-table entries.
 * </ol>
 *
 * <p>The exception-table depth is CPython's: the handler's entry depth less the exception and, for
 * lasti handlers, less lasti. That is the depth at the SETUP for SETUP_FINALLY and SETUP_CLEANUP,
 * and one less for SETUP_WITH, whose {@code __enter__} result is gone by the time the body runs.
 * Unreachable instructions are kept (they cost words, not correctness) and get no handler.
 */
public final class Assembler {
  private record Instruction(
      Opcode op, int oparg, Label target, int line, int column, int endLine, int endColumn) {}

  /** The open SETUP_* regions, innermost first; {@code null} is the empty stack. */
  private record Regions(int setupIndex, Regions enclosing) {}

  /** How equal constants are recognized: same class, equal value (Double.equals keeps -0.0). */
  private record ConstantKey(Class<?> type, Object value) {}

  private final String name;
  private final String qualifiedName;
  private final String filename;
  private final int firstLine;

  private final List<Instruction> instructions = new ArrayList<>();
  private int labelCount;
  private final List<Object> constants = new ArrayList<>();
  private final Map<ConstantKey, Integer> constantIndex = new HashMap<>();
  private final Map<String, Integer> names = new LinkedHashMap<>();
  private int lastLine;
  private boolean assembled;

  public Assembler(String name, String qualifiedName, String filename, int firstLine) {
    this.name = name;
    this.qualifiedName = qualifiedName;
    this.filename = filename;
    this.firstLine = firstLine;
    this.lastLine = firstLine;
  }

  public Label newLabel() {
    return new Label(this, labelCount++);
  }

  /** Binds {@code label} to the next instruction emitted. */
  public void bind(Label label) {
    checkOwn(label);
    if (label.isBound()) {
      throw new IllegalStateException(label + " is already bound in " + qualifiedName);
    }
    label.position = instructions.size();
  }

  /** Emits a non-jump instruction; {@code line} -1 means the previous instruction's line. */
  public void emit(Opcode op, int oparg, int line) {
    if (op.jumps()) {
      throw new IllegalArgumentException(op + " has a target: use emitJump");
    }
    if (op.arg() == ArgKind.NONE && oparg != 0) {
      throw new IllegalArgumentException(op + " takes no argument, got " + oparg);
    }
    add(op, oparg, null, line);
  }

  /** Emits a jump, FOR_ITER, SEND or SETUP_* to {@code target}. */
  public void emitJump(Opcode op, Label target, int line) {
    if (!op.jumps()) {
      throw new IllegalArgumentException(op + " has no target: use emit");
    }
    checkOwn(target);
    add(op, 0, target, line);
  }

  private void add(Opcode op, int oparg, Label target, int line) {
    if (assembled) {
      throw new IllegalStateException(qualifiedName + " is already assembled");
    }
    if (oparg < 0 || oparg > Opcode.MAX_OPARG) {
      throw new IllegalArgumentException(op + " oparg " + oparg + " does not fit in 24 bits");
    }
    if (line != -1) {
      lastLine = line;
    }
    instructions.add(new Instruction(op, oparg, target, lastLine, column, endLine, endColumn));
  }

  /**
   * The columns of the instructions that follow (CPython's position table): the source span of the
   * innermost expression or statement being compiled, -1 when unknown. Tracebacks underline it.
   */
  public void position(int column, int endLine, int endColumn) {
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  private int column = -1;
  private int endLine = -1;
  private int endColumn = -1;

  private void checkOwn(Label label) {
    if (label.owner != this) {
      throw new IllegalArgumentException(label + " belongs to another assembler");
    }
  }

  /**
   * The index of {@code value} in the constants, adding it if no constant of the same class is
   * equal to it. {@code Double.equals} compares bits, so 0.0 and -0.0 stay apart; True and 1 are of
   * different classes. Nested code objects compare by identity.
   */
  public int addConstant(Object value) {
    Object keyValue = value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value;
    ConstantKey key = new ConstantKey(value == null ? null : value.getClass(), keyValue);
    Integer index = constantIndex.get(key);
    if (index == null) {
      index = constants.size();
      constants.add(value);
      constantIndex.put(key, index);
    }
    return index;
  }

  /** The index of {@code name} in the names, adding it at the end if new. */
  public int addName(String name) {
    return names.computeIfAbsent(name, n -> names.size());
  }

  /** Lays out, checks and encodes everything emitted; the assembler cannot be used afterwards. */
  public CodeObject assemble(CodeObject.Shape shape) {
    assembled = true;
    for (Instruction instruction : instructions) {
      if (instruction.target != null && !instruction.target.isBound()) {
        throw new IllegalStateException(
            "function '" + qualifiedName + "': " + instruction.target + " is used but never bound");
      }
    }
    int count = instructions.size();
    int[] offsets = layOut();
    int[] depths = new int[count];
    Regions[] regions = new Regions[count];
    int stackSize = analyzeFlow(offsets, depths, regions);

    int[] code = new int[offsets[count]];
    int[] lines = new int[offsets[count]];
    int[] positions = new int[offsets[count] * 3];
    for (int i = 0; i < count; i++) {
      Instruction instruction = instructions.get(i);
      if (size(instruction.op) == 0) {
        continue;
      }
      Opcode op = instruction.op;
      int oparg = instruction.oparg;
      if (instruction.target != null) {
        int after = offsets[i + 1];
        int target = offsets[instruction.target.position];
        if (op == Opcode.JUMP) {
          op = target >= after ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD;
        }
        oparg = relativeJump(op, i, after, target, offsets);
      }
      code[offsets[i]] = op.code() | oparg << 8;
      for (int word = offsets[i]; word < offsets[i + 1]; word++) {
        lines[word] = instruction.line;
        positions[word * 3] = instruction.column;
        positions[word * 3 + 1] = instruction.endLine;
        positions[word * 3 + 2] = instruction.endColumn;
      }
    }
    List<CodeObject.ExceptionEntry> table = exceptionTable(offsets, depths, regions);
    CodeObject result =
        new CodeObject(
            name,
            qualifiedName,
            filename,
            firstLine,
            shape,
            code,
            constants,
            List.copyOf(names.keySet()),
            stackSize,
            lines,
            positions,
            table);
    checkOperands(result, offsets);
    return result;
  }

  private static int size(Opcode op) {
    if (op == Opcode.JUMP) {
      return 1;
    }
    return op.pseudo() ? 0 : 1 + op.caches();
  }

  /** {@code offsets[i]} is the word where instruction {@code i} starts (or would start). */
  private int[] layOut() {
    int[] offsets = new int[instructions.size() + 1];
    for (int i = 0; i < instructions.size(); i++) {
      offsets[i + 1] = offsets[i] + size(instructions.get(i).op);
    }
    return offsets;
  }

  private int relativeJump(Opcode op, int index, int after, int target, int[] offsets) {
    int oparg;
    if (op.arg() == ArgKind.JUMP_BACKWARD) {
      oparg = after - target;
      if (oparg <= 0) {
        throw failure(offsets[index], op + " to a later offset " + target);
      }
    } else {
      oparg = target - after;
      if (oparg < 0) {
        throw failure(offsets[index], op + " to an earlier offset " + target);
      }
    }
    if (oparg > Opcode.MAX_OPARG) {
      throw failure(offsets[index], "jump of " + oparg + " words does not fit in 24 bits");
    }
    return oparg;
  }

  /**
   * Fills the depth on entry to, and the open regions at, each reachable instruction (-1 and null
   * elsewhere); returns the maximum depth.
   */
  private int analyzeFlow(int[] offsets, int[] depths, Regions[] regions) {
    Arrays.fill(depths, -1);
    if (instructions.isEmpty()) {
      return 0;
    }
    ArrayDeque<Integer> worklist = new ArrayDeque<>();
    int maxDepth = 0;
    depths[0] = 0;
    worklist.add(0);
    while (!worklist.isEmpty()) {
      int i = worklist.poll();
      Instruction instruction = instructions.get(i);
      Opcode op = instruction.op;
      int depth = depths[i];
      Regions open = regions[i];
      Regions next = open;
      if (op == Opcode.POP_BLOCK) {
        if (open == null) {
          throw failure(offsets[i], "POP_BLOCK with no open SETUP_* region");
        }
        next = open.enclosing;
      }
      if (op.jumps()) {
        int taken = depth + op.stackEffect(instruction.oparg, true);
        maxDepth = Math.max(maxDepth, taken);
        reach(instruction.target.position, taken, open, i, offsets, depths, regions, worklist);
        if (op.pseudo() && op != Opcode.JUMP) {
          next = new Regions(i, open);
        }
      }
      if (!op.terminates()) {
        int fallThrough = depth + op.stackEffect(instruction.oparg, false);
        maxDepth = Math.max(maxDepth, fallThrough);
        reach(i + 1, fallThrough, next, i, offsets, depths, regions, worklist);
      }
    }
    return maxDepth;
  }

  private void reach(
      int target,
      int depth,
      Regions open,
      int from,
      int[] offsets,
      int[] depths,
      Regions[] regions,
      ArrayDeque<Integer> worklist) {
    Opcode op = instructions.get(from).op;
    if (depth < 0) {
      throw failure(offsets[from], "stack underflow: " + op + " leaves depth " + depth);
    }
    if (target == instructions.size()) {
      throw failure(offsets[from], "control runs off the end of the code after " + op);
    }
    if (depths[target] < 0) {
      depths[target] = depth;
      regions[target] = open;
      worklist.add(target);
    } else if (depths[target] != depth) {
      throw failure(
          offsets[target],
          "stack depth "
              + depth
              + " arriving from "
              + op
              + " at offset "
              + offsets[from]
              + " disagrees with depth "
              + depths[target]
              + " from an earlier path");
    }
  }

  private List<CodeObject.ExceptionEntry> exceptionTable(
      int[] offsets, int[] depths, Regions[] regions) {
    List<CodeObject.ExceptionEntry> table = new ArrayList<>();
    CodeObject.ExceptionEntry pending = null;
    for (int i = 0; i < instructions.size(); i++) {
      if (size(instructions.get(i).op) == 0) {
        continue;
      }
      CodeObject.ExceptionEntry handler =
          regions[i] == null ? null : handlerEntry(regions[i].setupIndex, offsets, depths);
      boolean continues =
          pending != null
              && handler != null
              && pending.end() == offsets[i]
              && pending.target() == handler.target()
              && pending.depth() == handler.depth()
              && pending.lasti() == handler.lasti();
      if (continues) {
        pending =
            new CodeObject.ExceptionEntry(
                pending.start(),
                offsets[i + 1],
                pending.target(),
                pending.depth(),
                pending.lasti());
        continue;
      }
      if (pending != null) {
        table.add(pending);
      }
      pending =
          handler == null
              ? null
              : new CodeObject.ExceptionEntry(
                  offsets[i], offsets[i + 1], handler.target(), handler.depth(), handler.lasti());
    }
    if (pending != null) {
      table.add(pending);
    }
    return table;
  }

  /** The handler a SETUP_* installs, as an entry whose range is not yet filled in. */
  private CodeObject.ExceptionEntry handlerEntry(int setupIndex, int[] offsets, int[] depths) {
    Instruction setup = instructions.get(setupIndex);
    int handler = setup.target.position;
    boolean lasti = setup.op != Opcode.SETUP_FINALLY;
    int depth = depths[handler] - 1 - (lasti ? 1 : 0);
    return new CodeObject.ExceptionEntry(0, 0, offsets[handler], depth, lasti);
  }

  /** Checks that every CONST, NAME and LOCAL oparg indexes an existing entry. */
  private void checkOperands(CodeObject code, int[] offsets) {
    for (int i = 0; i < instructions.size(); i++) {
      Instruction instruction = instructions.get(i);
      Opcode op = instruction.op;
      int oparg = instruction.oparg;
      int limit =
          switch (op.arg()) {
            case CONST -> code.constants().size();
            case NAME -> code.names().size();
            case LOCAL -> code.localsPlus().size();
            default -> Integer.MAX_VALUE;
          };
      int index =
          op == Opcode.LOAD_GLOBAL || op == Opcode.LOAD_ATTR
              ? oparg >> 1
              : op == Opcode.LOAD_SUPER_ATTR ? oparg >> 2 : oparg;
      if (index >= limit) {
        throw failure(
            offsets[i],
            op + " " + op.arg().name().toLowerCase() + " index " + index + " of " + limit);
      }
    }
  }

  private IllegalStateException failure(int offset, String message) {
    return new IllegalStateException(
        "function '" + qualifiedName + "' (" + filename + "), offset " + offset + ": " + message);
  }
}
