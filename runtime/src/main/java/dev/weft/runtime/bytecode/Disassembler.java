package dev.weft.runtime.bytecode;

import dev.weft.runtime.format.FloatFormat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a code object in the layout of {@code python3.12 -m dis}: a line-number column at the
 * first instruction of each source line, the word offset, {@code >>} on jump and handler targets,
 * the opcode name, the oparg and its meaning in parentheses, then the exception table. Nested code
 * objects follow their parent depth-first, as dis does.
 *
 * <p>Differences from CPython: offsets are in words, not bytes; every code object, the outermost
 * included, is headed {@code Disassembly of <code object NAME, file "F", line N>:} with the address
 * omitted so output is stable; floats print with Python's repr ({@link FloatFormat}). Inline caches
 * are not shown.
 */
public final class Disassembler {
  // dis._OPNAME_WIDTH and dis._OPARG_WIDTH.
  private static final int OPNAME_WIDTH = 20;
  private static final int OPARG_WIDTH = 5;

  // dis.MAKE_FUNCTION_FLAGS, by bit.
  private static final String[] MAKE_FUNCTION_FLAGS = {
    "defaults", "kwdefaults", "annotations", "closure"
  };

  // dis.FORMAT_VALUE_CONVERTERS, by the low two bits.
  private static final String[] CONVERSIONS = {"", "str", "repr", "ascii"};

  private Disassembler() {}

  public static String disassemble(CodeObject code) {
    StringBuilder out = new StringBuilder();
    disassembleRecursive(code, out);
    return out.toString();
  }

  private static void disassembleRecursive(CodeObject code, StringBuilder out) {
    if (!out.isEmpty()) {
      out.append('\n');
    }
    out.append("Disassembly of ").append(code).append(":\n");
    disassembleBody(code, out);
    for (Object constant : code.constants()) {
      if (constant instanceof CodeObject nested) {
        disassembleRecursive(nested, out);
      }
    }
  }

  /**
   * The disassembly of one bytecode copy of {@code code}: {@code words} as a thread left them, with
   * the specialized forms it wrote, under the heading {@code title}.
   */
  public static String disassembleCopy(CodeObject code, int[] words, String title) {
    StringBuilder out = new StringBuilder();
    out.append(title).append(":\n");
    disassembleBody(code, words, out);
    return out.toString();
  }

  private static void disassembleBody(CodeObject code, StringBuilder out) {
    disassembleBody(code, code.code(), out);
  }

  private static void disassembleBody(CodeObject code, int[] words, StringBuilder out) {
    java.util.BitSet targets = BorrowedLocals.jumpTargets(code, words);
    int maxLine = 0;
    for (int offset = 0; offset < words.length; offset++) {
      maxLine = Math.max(maxLine, code.lineOf(offset));
    }
    int lineWidth = Math.max(3, String.valueOf(maxLine).length());
    int offsetWidth = Math.max(4, String.valueOf(words.length - 1).length());

    int previousLine = Integer.MIN_VALUE;
    for (int offset = 0; offset < words.length; offset = next(words, offset)) {
      Opcode op = Opcode.of(words[offset] & 0xFF);
      int oparg = words[offset] >>> 8;
      int line = code.lineOf(offset);
      boolean startsLine = line != previousLine && line >= 0;
      previousLine = line;
      if (startsLine && offset > 0) {
        out.append('\n');
      }
      StringBuilder row = new StringBuilder();
      row.append(startsLine ? pad(String.valueOf(line), lineWidth) : " ".repeat(lineWidth));
      row.append("     ").append(targets.get(offset) ? ">>" : "  ");
      row.append(' ').append(pad(String.valueOf(offset), offsetWidth));
      row.append(' ').append(op.name());
      if (op.arg() != ArgKind.NONE) {
        row.append(" ".repeat(Math.max(0, OPNAME_WIDTH - op.name().length())));
        row.append(' ').append(pad(String.valueOf(oparg), OPARG_WIDTH));
        String meaning = describe(code, op, oparg, next(words, offset));
        if (!meaning.isEmpty()) {
          row.append(" (").append(meaning).append(')');
        }
      }
      out.append(row.toString().stripTrailing()).append('\n');
    }
    if (!code.exceptionTable().isEmpty()) {
      out.append("ExceptionTable:\n");
      for (CodeObject.ExceptionEntry entry : code.exceptionTable()) {
        out.append("  ")
            .append(entry.start())
            .append(" to ")
            .append(entry.end() - 1)
            .append(" -> ")
            .append(entry.target())
            .append(" [")
            .append(entry.depth())
            .append(']')
            .append(entry.lasti() ? " lasti" : "")
            .append('\n');
      }
    }
  }

  private static int next(int[] words, int offset) {
    return offset + 1 + Opcode.of(words[offset] & 0xFF).caches();
  }

  /** The parenthesized meaning of {@code oparg}, or "" when dis shows none. */
  private static String describe(CodeObject code, Opcode op, int oparg, int after) {
    return switch (op.arg()) {
      case NONE, COUNT -> "";
      case CONST -> repr(code.constants().get(oparg));
      case NAME ->
          switch (op.deopt()) {
            case LOAD_GLOBAL -> ((oparg & 1) != 0 ? "NULL + " : "") + code.names().get(oparg >> 1);
            case LOAD_ATTR ->
                ((oparg & 1) != 0 ? "NULL|self + " : "") + code.names().get(oparg >> 1);
            case LOAD_SUPER_ATTR ->
                ((oparg & 1) != 0 ? "NULL|self + " : "") + code.names().get(oparg >> 2);
            default -> code.names().get(oparg);
          };
      case LOCAL -> code.localsPlus().get(oparg);
      case JUMP_FORWARD -> "to " + (after + oparg);
      case JUMP_BACKWARD -> "to " + (after - oparg);
      case BINARY_OP -> Opcode.binaryOpSymbol(oparg);
      case COMPARE -> Opcode.compareOpSymbol(oparg);
      case INTRINSIC -> Opcode.intrinsicName(oparg);
      case FLAGS -> describeFlags(op, oparg);
    };
  }

  private static String describeFlags(Opcode op, int oparg) {
    List<String> parts = new ArrayList<>();
    switch (op.deopt()) {
      case MAKE_FUNCTION -> {
        for (int bit = 0; bit < MAKE_FUNCTION_FLAGS.length; bit++) {
          if ((oparg & 1 << bit) != 0) {
            parts.add(MAKE_FUNCTION_FLAGS[bit]);
          }
        }
      }
      case FORMAT_VALUE -> {
        if (!CONVERSIONS[oparg & 3].isEmpty()) {
          parts.add(CONVERSIONS[oparg & 3]);
        }
        if ((oparg & 0x04) != 0) {
          parts.add("with format");
        }
      }
      default -> {}
    }
    return String.join(", ", parts);
  }

  /** Python's repr of a constant. */
  static String repr(Object value) {
    return switch (value) {
      case null -> "None";
      case String s -> stringRepr(s);
      case Boolean b -> b ? "True" : "False";
      case Long l -> l.toString();
      case Integer i -> i.toString();
      case BigInteger i -> i.toString();
      case Double d -> FloatFormat.repr(d);
      case byte[] bytes -> bytesRepr(bytes);
      case List<?> tuple -> tupleRepr(tuple);
      default -> value.toString();
    };
  }

  private static String tupleRepr(List<?> items) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      out.append(i > 0 ? ", " : "").append(repr(items.get(i)));
    }
    return out.append(items.size() == 1 ? ",)" : ")").toString();
  }

  /** As CPython's {@code unicode_repr}: single quotes unless only single quotes occur. */
  /** Python's {@code repr} of a str: the quote it picks, its escapes, {@code isprintable}. */
  public static String stringRepr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (c == quote) {
                    out.append('\\').append((char) c);
                  } else if (isPrintable(c)) {
                    out.appendCodePoint(c);
                  } else if (c <= 0xFF) {
                    out.append(String.format("\\x%02x", c));
                  } else if (c <= 0xFFFF) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.append(String.format("\\U%08x", c));
                  }
                }
              }
            });
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable} for one code point: not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs. */
  public static boolean isPrintable(int c) {
    if (c == ' ') {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** Python's {@code repr} of bytes. */
  public static String bytesRepr(byte[] bytes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : bytes) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (byte b : bytes) {
      int c = b & 0xFF;
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\').append((char) c);
          } else if (c >= 0x20 && c < 0x7F) {
            out.append((char) c);
          } else {
            out.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return out.append(quote).toString();
  }

  private static String pad(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
