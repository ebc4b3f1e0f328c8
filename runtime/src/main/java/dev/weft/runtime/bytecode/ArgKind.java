package dev.weft.runtime.bytecode;

/**
 * What an instruction's oparg means: how the assembler checks it and how the disassembler shows it.
 */
public enum ArgKind {
  /** The instruction takes no argument; the oparg must be 0. */
  NONE,
  /** An index into {@link CodeObject#constants()}. */
  CONST,
  /**
   * An index into {@link CodeObject#names()}; for LOAD_GLOBAL and LOAD_ATTR the index is shifted
   * left one bit and the low bit is a flag, for LOAD_SUPER_ATTR left two bits above two flags.
   */
  NAME,
  /** An index into {@link CodeObject#localsPlus()}. */
  LOCAL,
  /** A forward jump: the target is this many words after the instruction and its caches. */
  JUMP_FORWARD,
  /** A backward jump: the target is this many words before the end of the instruction. */
  JUMP_BACKWARD,
  /** A plain number (an item count, a stack position, a small mode). */
  COUNT,
  /** CPython's {@code NB_*} operator index; see {@link Opcode#binaryOpSymbol(int)}. */
  BINARY_OP,
  /** A comparison, 0 {@code <} to 5 {@code >=}; see {@link Opcode#compareOpSymbol(int)}. */
  COMPARE,
  /** A bit set whose meaning the opcode defines. */
  FLAGS,
  /** A CPython 3.12 {@code INTRINSIC_1_*} number; see {@link Opcode#intrinsicName(int)}. */
  INTRINSIC
}
