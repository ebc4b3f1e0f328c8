package dev.weft.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Writes the reports' JSON: maps (kept in their order), lists, arrays of doubles, strings, numbers,
 * booleans and null. Small on purpose: the reports are the only JSON the project writes and it
 * reads none.
 */
public final class Json {
  private Json() {}

  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.append('\n').toString();
  }

  private static void write(StringBuilder sb, Object v, int indent) {
    switch (v) {
      case null -> sb.append("null");
      case String s -> string(sb, s);
      case Boolean b -> sb.append(b);
      case Double d -> number(sb, d);
      case Float f -> number(sb, f.doubleValue());
      case Number n -> sb.append(n.longValue());
      case double[] a -> {
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
          sb.append(i == 0 ? "" : ", ");
          number(sb, a[i]);
        }
        sb.append(']');
      }
      case Map<?, ?> m -> {
        if (m.isEmpty()) {
          sb.append("{}");
          return;
        }
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
          sb.append("  ".repeat(indent + 1));
          string(sb, String.valueOf(e.getKey()));
          sb.append(": ");
          write(sb, e.getValue(), indent + 1);
          sb.append(++i < m.size() ? ",\n" : "\n");
        }
        sb.append("  ".repeat(indent)).append('}');
      }
      case List<?> l -> {
        if (l.isEmpty()) {
          sb.append("[]");
          return;
        }
        sb.append("[\n");
        for (int i = 0; i < l.size(); i++) {
          sb.append("  ".repeat(indent + 1));
          write(sb, l.get(i), indent + 1);
          sb.append(i + 1 < l.size() ? ",\n" : "\n");
        }
        sb.append("  ".repeat(indent)).append(']');
      }
      default -> throw new IllegalArgumentException("no JSON for " + v.getClass());
    }
  }

  /** JSON has no NaN or infinities: those are written as null. */
  private static void number(StringBuilder sb, double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      sb.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      sb.append((long) d).append(".0");
    } else {
      sb.append(d);
    }
  }

  static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            // <, > and & escaped too, so the same text is safe inside an HTML <script>.
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
