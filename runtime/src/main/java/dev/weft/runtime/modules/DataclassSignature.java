package dev.weft.runtime.modules;

import dev.weft.runtime.bytecode.CodeObject;
import dev.weft.runtime.objects.Bootstrap;
import dev.weft.runtime.objects.Ops;
import dev.weft.runtime.objects.PyBuiltin;
import dev.weft.runtime.objects.PyCode;
import dev.weft.runtime.objects.PyDict;
import dev.weft.runtime.objects.PyFunction;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyType;
import dev.weft.runtime.threads.ThreadState;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The docstring a dataclass without one gets: {@code cls.__name__ +
 * str(inspect.signature(cls)).replace(' -> None', '')}, the signature of the class's {@code
 * __init__} without {@code self} as {@code inspect} prints it ({@code name: annotation = default},
 * annotations by {@code inspect.formatannotation}). A generated {@code __init__} and a Python one
 * are described; for any other the signature is unknown and CPython's fallback, the empty string,
 * is used.
 */
final class DataclassSignature {
  private DataclassSignature() {}

  private static final Pattern DOTTED_NAME =
      Pattern.compile("[\\w.]+", Pattern.UNICODE_CHARACTER_CLASS);

  static String classSignature(ThreadState ts, PyType cls) {
    PyObject init = cls.lookup("__init__");
    String text;
    if (init instanceof PyBuiltin b && b.closure instanceof DataclassSpec s) {
      text = of(ts, s);
    } else if (init instanceof PyFunction f) {
      text = of(ts, f);
    } else if (init == Bootstrap.objectInit && cls.lookup("__new__") == Bootstrap.objectNew) {
      text = "()";
    } else {
      text = "";
    }
    return text.replace(" -> None", "");
  }

  /** A generated {@code __init__}: the spec's parameters, a {@code *} before keyword-only ones. */
  private static String of(ThreadState ts, DataclassSpec s) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.params.length; i++) {
      if (i == s.positional) {
        parts.add("*");
      }
      // The factory marker's repr is "<factory>", as the generated signature shows it.
      parts.add(parameter(ts, s.params[i].value, s.paramTypes[i], s.defaults[i]));
    }
    return "(" + String.join(", ", parts) + ")";
  }

  /** A Python {@code __init__}, its first parameter (self) left out; "" when it has none. */
  private static String of(ThreadState ts, PyFunction f) {
    PyCode code = f.code;
    boolean varargs = (code.flags & CodeObject.VARARGS) != 0;
    boolean varkw = (code.flags & CodeObject.VARKEYWORDS) != 0;
    if (code.argCount == 0 && !varargs) {
      return "";
    }
    PyDict annotations = f.annotations instanceof PyDict d ? d : null;
    PyObject[] defaults = f.defaults == null ? new PyObject[0] : f.defaults.items;
    int firstDefault = code.argCount - defaults.length;
    List<String> parts = new ArrayList<>();
    for (int i = code.argCount == 0 ? 0 : 1; i < code.argCount; i++) {
      String name = code.localsPlusNames[i].value;
      parts.add(
          parameter(
              ts,
              name,
              annotation(annotations, name),
              i >= firstDefault ? defaults[i - firstDefault] : null));
      if (i == code.positionalOnlyCount - 1) {
        parts.add("/");
      }
    }
    int next = code.argCount + code.keywordOnlyCount;
    if (varargs) {
      String name = code.localsPlusNames[next].value;
      parts.add("*" + parameter(ts, name, annotation(annotations, name), null));
    } else if (code.keywordOnlyCount > 0) {
      parts.add("*");
    }
    for (int i = code.argCount; i < code.argCount + code.keywordOnlyCount; i++) {
      PyStr name = code.localsPlusNames[i];
      PyObject dflt = f.kwdefaults == null ? null : f.kwdefaults.getStr(name);
      parts.add(parameter(ts, name.value, annotation(annotations, name.value), dflt));
    }
    if (varkw) {
      String name = code.localsPlusNames[next + (varargs ? 1 : 0)].value;
      parts.add("**" + parameter(ts, name, annotation(annotations, name), null));
    }
    String text = "(" + String.join(", ", parts) + ")";
    PyObject ret = annotation(annotations, "return");
    return ret == null ? text : text + " -> " + formatAnnotation(ts, ret);
  }

  private static PyObject annotation(PyDict annotations, String name) {
    return annotations == null ? null : annotations.getString(name);
  }

  /** {@code name: annotation = default}, or {@code name=default} without an annotation. */
  private static String parameter(ThreadState ts, String name, PyObject annotation, PyObject dflt) {
    StringBuilder sb = new StringBuilder(name);
    if (annotation != null) {
      sb.append(": ").append(formatAnnotation(ts, annotation));
    }
    if (dflt != null) {
      sb.append(annotation != null ? " = " : "=").append(Ops.reprString(ts, dflt));
    }
    return sb.toString();
  }

  /**
   * {@code inspect.formatannotation}: a class by its qualified name ({@code builtins} left out), a
   * {@code typing} object by its repr without {@code typing.} prefixes, anything else by its repr.
   */
  static String formatAnnotation(ThreadState ts, PyObject a) {
    PyObject module = Ops.getattrOrNull(ts, a, PyStr.intern("__module__"));
    try {
      if (module instanceof PyStr m && m.value.equals("typing")) {
        Matcher names = DOTTED_NAME.matcher(Ops.reprString(ts, a));
        StringBuilder sb = new StringBuilder();
        while (names.find()) {
          String token = names.group();
          names.appendReplacement(
              sb,
              Matcher.quoteReplacement(
                  token.startsWith("typing.") ? token.substring("typing.".length()) : token));
        }
        names.appendTail(sb);
        return sb.toString();
      }
      if (a instanceof PyType t) {
        String mod = module instanceof PyStr m ? m.value : "builtins";
        return mod.equals("builtins") ? t.qualname : mod + "." + t.qualname;
      }
      return Ops.reprString(ts, a);
    } finally {
      Ops.xdecref(ts, module);
    }
  }
}
