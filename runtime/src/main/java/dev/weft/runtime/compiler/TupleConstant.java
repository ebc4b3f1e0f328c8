package dev.weft.runtime.compiler;

import dev.weft.runtime.bytecode.Disassembler;
import java.util.List;

/**
 * A tuple in a code object's constants (keyword names of a call, an import's from-list): compared
 * by value, so equal tuples share one constant.
 */
public record TupleConstant(List<Object> items) {
  public TupleConstant {
    items = List.copyOf(items);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      Object item = items.get(i);
      b.append(i > 0 ? ", " : "")
          .append(item instanceof String s ? Disassembler.stringRepr(s) : item);
    }
    return b.append(items.size() == 1 ? ",)" : ")").toString();
  }
}
