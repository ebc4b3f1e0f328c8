package dev.weft.runtime.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds constant expressions the way CPython's AST optimizer does ({@code Python/ast_opt.c}):
 * tuples of constants, unary minus, plus and invert of numbers, and binary operators on numbers,
 * strings and bytes, within CPython's size limits so that folding never builds something huge.
 * Anything it cannot fold exactly as CPython would compute it at run time is left alone (float
 * {@code **}, whose result depends on the C library; division by zero, which must raise).
 */
final class ConstantFolder {
  /** CPython's {@code MAX_INT_SIZE} (bits) and {@code MAX_STR_SIZE} (characters). */
  private static final int MAX_INT_BITS = 128;

  private static final int MAX_STRING_SIZE = 4096;

  private ConstantFolder() {}

  /** The constant value {@code expr} folds to, or null. */
  static Object fold(Ast.Expr expr) {
    return switch (expr) {
      case Ast.Constant c -> c.value();
      case Ast.Tuple t when t.context() == Ast.Context.LOAD -> tuple(t.elements());
      case Ast.UnaryOp u -> unary(u.op(), fold(u.operand()));
      case Ast.BinOp b -> {
        Object left = fold(b.left());
        Object right = left == null ? null : fold(b.right());
        yield right == null ? null : binary(b.op(), left, right);
      }
      default -> null;
    };
  }

  /**
   * A list display of constants used only for iteration or membership ({@code for x in [1, 2]},
   * {@code x in [1, 2]}) folds to a tuple, as CPython's optimizer does: nothing can observe the
   * difference.
   */
  static Object foldIterable(Ast.Expr expr) {
    return expr instanceof Ast.ListDisplay l && l.context() == Ast.Context.LOAD
        ? tuple(l.elements())
        : fold(expr);
  }

  private static Object tuple(List<Ast.Expr> elements) {
    List<Object> items = new ArrayList<>(elements.size());
    for (Ast.Expr e : elements) {
      Object value = fold(e);
      if (value == null) {
        return null;
      }
      items.add(value);
    }
    return new TupleConstant(items);
  }

  private static Object unary(Ast.UnaryOperator op, Object value) {
    if (value == null || value instanceof Boolean) {
      return null; // -True is an int: leave bools to run time
    }
    return switch (op) {
      case MINUS ->
          switch (value) {
            case Long l -> normalize(BigInteger.valueOf(l).negate());
            case BigInteger b -> normalize(b.negate());
            case Double d -> -d;
            default -> null;
          };
      case PLUS ->
          value instanceof Long || value instanceof BigInteger || value instanceof Double
              ? value
              : null;
      case INVERT ->
          switch (value) {
            case Long l -> ~l;
            case BigInteger b -> normalize(b.not());
            default -> null;
          };
      case NOT -> null;
    };
  }

  private static Object binary(Ast.Operator op, Object left, Object right) {
    if (left instanceof Boolean || right instanceof Boolean) {
      return null;
    }
    BigInteger a = integer(left);
    BigInteger b = integer(right);
    if (a != null && b != null) {
      if (op == Ast.Operator.DIV) {
        // Exact when both are below 2**53: one IEEE division, correctly rounded as CPython's.
        return b.signum() == 0 || a.bitLength() > 53 || b.bitLength() > 53
            ? null
            : a.doubleValue() / b.doubleValue();
      }
      return integers(op, a, b);
    }
    if (isNumber(left)
        && isNumber(right)
        && (left instanceof Double || right instanceof Double)
        && fitsDouble(left)
        && fitsDouble(right)) {
      double x = ((Number) left).doubleValue();
      double y = ((Number) right).doubleValue();
      return switch (op) {
        case ADD -> x + y;
        case SUB -> x - y;
        case MULT -> x * y;
        case DIV -> y == 0 ? null : x / y;
        default -> null;
      };
    }
    if (left instanceof String s && right instanceof String t && op == Ast.Operator.ADD) {
      return s.length() + t.length() <= MAX_STRING_SIZE ? s + t : null;
    }
    if (op == Ast.Operator.MULT && left instanceof String s && b != null) {
      return repeat(s, b);
    }
    if (op == Ast.Operator.MULT && right instanceof String s && a != null) {
      return repeat(s, a);
    }
    return null;
  }

  private static Object integers(Ast.Operator op, BigInteger a, BigInteger b) {
    BigInteger result =
        switch (op) {
          case ADD -> a.add(b);
          case SUB -> a.subtract(b);
          case MULT -> a.bitLength() + b.bitLength() > MAX_INT_BITS ? null : a.multiply(b);
          case FLOOR_DIV -> b.signum() == 0 ? null : floorDiv(a, b);
          case MOD -> b.signum() == 0 ? null : a.subtract(floorDiv(a, b).multiply(b));
          case POW ->
              b.signum() < 0
                      || (long) a.bitLength() * b.longValue() > MAX_INT_BITS
                      || b.bitLength() > 31
                  ? null
                  : a.pow(b.intValue());
          case LSHIFT ->
              b.signum() < 0 || b.bitLength() > 31 || a.bitLength() + b.intValue() > MAX_INT_BITS
                  ? null
                  : a.shiftLeft(b.intValue());
          case RSHIFT -> b.signum() < 0 || b.bitLength() > 31 ? null : a.shiftRight(b.intValue());
          case BIT_AND -> a.and(b);
          case BIT_OR -> a.or(b);
          case BIT_XOR -> a.xor(b);
          case DIV, MAT_MULT -> null; // true division gives a float: handled by the caller
        };
    if (result == null || result.bitLength() > MAX_INT_BITS) {
      return null;
    }
    return normalize(result);
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && qr[1].signum() != b.signum()
        ? qr[0].subtract(BigInteger.ONE)
        : qr[0];
  }

  private static Object repeat(String s, BigInteger times) {
    if (times.signum() <= 0) {
      return "";
    }
    if (times.bitLength() > 31 || (long) s.length() * times.intValue() > MAX_STRING_SIZE) {
      return null;
    }
    return s.repeat(times.intValue());
  }

  /** An int converts to float without OverflowError (CPython raises it past the double range). */
  private static boolean fitsDouble(Object value) {
    return !(value instanceof BigInteger b) || b.bitLength() <= 1023;
  }

  private static boolean isNumber(Object value) {
    return value instanceof Long || value instanceof BigInteger || value instanceof Double;
  }

  private static BigInteger integer(Object value) {
    return switch (value) {
      case Long l -> BigInteger.valueOf(l);
      case BigInteger b -> b;
      default -> null;
    };
  }

  /** Ints that fit a long are Longs, as the parser makes them. */
  private static Object normalize(BigInteger value) {
    return value.bitLength() < 64 ? (Object) value.longValue() : value;
  }
}
