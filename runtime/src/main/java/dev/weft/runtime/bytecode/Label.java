package dev.weft.runtime.bytecode;

/**
 * A position in an {@link Assembler}'s instruction stream that jumps and SETUP_* regions refer to
 * before it is known. Created by {@link Assembler#newLabel()}, bound once by {@link
 * Assembler#bind(Label)} to the next instruction emitted.
 */
public final class Label {
  final Assembler owner;
  final int id;

  /** The index of the instruction the label precedes, or -1 until bound. */
  int position = -1;

  Label(Assembler owner, int id) {
    this.owner = owner;
    this.id = id;
  }

  public boolean isBound() {
    return position >= 0;
  }

  @Override
  public String toString() {
    return "L" + id + (isBound() ? "@" + position : "(unbound)");
  }
}
