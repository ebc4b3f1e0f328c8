package dev.weft.runtime.interpreter;

import dev.weft.runtime.objects.ExceptionMethods;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBaseException;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTraceback;
import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints an exception as CPython prints an uncaught one ({@code Python/pythonrun.c}): the chain of
 * causes and contexts first, each with "Traceback (most recent call last):", one entry per frame
 * with its source line, then "Type: message". Source lines are read once per file.
 */
public final class Tracebacks {
  private Tracebacks() {}

  private static final Map<String, List<String>> SOURCES = new ConcurrentHashMap<>();

  public static String format(ThreadState ts, PyBaseException e) {
    StringBuilder sb = new StringBuilder();
    chain(ts, e, sb, new IdentityHashMap<>());
    return sb.toString();
  }

  private static void chain(
      ThreadState ts, PyBaseException e, StringBuilder sb, IdentityHashMap<Object, Boolean> seen) {
    seen.put(e, Boolean.TRUE);
    if (e.cause != null && !seen.containsKey(e.cause)) {
      chain(ts, e.cause, sb, seen);
      sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (e.context != null && !e.suppressContext && !seen.containsKey(e.context)) {
      chain(ts, e.context, sb, seen);
      sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    if (e.traceback != null) {
      sb.append("Traceback (most recent call last):\n");
      int depth = 0;
      for (PyTraceback tb = e.traceback; tb != null; tb = tb.next) {
        depth++;
      }
      PyTraceback tb = e.traceback;
      for (; depth > LIMIT; depth--) {
        tb = tb.next;
      }
      PyTraceback last = null;
      int repeats = 0;
      for (; tb != null; tb = tb.next) {
        if (last == null || tb.code.code != last.code.code || tb.line != last.line) {
          repeated(sb, repeats);
          last = tb;
          repeats = 0;
        }
        if (++repeats <= RECURSIVE_CUTOFF) {
          entry(sb, tb);
        }
      }
      repeated(sb, repeats);
    }
    sb.append(lastLine(ts, e)).append('\n');
  }

  /** CPython's default {@code sys.tracebacklimit}: only the innermost entries are printed. */
  private static final int LIMIT = 1000;

  /** CPython's {@code TB_RECURSIVE_CUTOFF}: identical entries past this many are summarized. */
  private static final int RECURSIVE_CUTOFF = 3;

  private static void repeated(StringBuilder sb, int count) {
    if (count > RECURSIVE_CUTOFF) {
      int more = count - RECURSIVE_CUTOFF;
      sb.append("  [Previous line repeated ")
          .append(more)
          .append(" more time")
          .append(more > 1 ? "s" : "")
          .append("]\n");
    }
  }

  private static void entry(StringBuilder sb, PyTraceback tb) {
    sb.append("  File \"")
        .append(tb.code.filename())
        .append("\", line ")
        .append(tb.line)
        .append(", in ")
        .append(tb.code.name.value)
        .append('\n');
    String line = sourceLine(tb.code.filename(), tb.line);
    if (line != null && !line.isBlank()) {
      sb.append("    ").append(line.strip()).append('\n');
      Carets.append(sb, line, tb.line, tb.code.code.positionOf(tb.lasti));
    }
  }

  /** {@code Type: message}, or {@code Type} when the message is empty. */
  public static String lastLine(ThreadState ts, PyBaseException e) {
    String name = e.type.qualname;
    if (e.type.dict != null && e.type.dict.getString("__module__") instanceof PyStr m) {
      if (!m.value.equals("builtins") && !m.value.equals("__main__")) {
        name = m.value + "." + name;
      }
    }
    String message;
    try {
      PyStr s = Ops.str(ts, e);
      message = s.value;
      Ops.decref(ts, s);
    } catch (dev.weft.runtime.objects.PyException failure) {
      Ops.decref(ts, failure.value);
      message = "<exception str() failed>";
    }
    if (e.type.isSubtypeOf(dev.weft.runtime.objects.Exc.SyntaxError)) {
      String detail = ExceptionMethods.syntaxErrorDetail(ts, e);
      if (detail != null) {
        return detail;
      }
    }
    return message.isEmpty() ? name : name + ": " + message;
  }

  static String sourceLine(String filename, int line) {
    List<String> lines =
        SOURCES.computeIfAbsent(
            filename,
            name -> {
              try {
                if (name.startsWith(Imports.LIBRARY_PREFIX)) {
                  String src =
                      Imports.librarySource(
                          name.substring(Imports.LIBRARY_PREFIX.length(), name.length() - 3));
                  return src == null ? List.of() : src.lines().toList();
                }
                return Files.readAllLines(Path.of(name), StandardCharsets.UTF_8);
              } catch (IOException | RuntimeException e) {
                return List.of();
              }
            });
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
  }
}
