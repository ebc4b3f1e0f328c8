package dev.weft.runtime.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.bytecode.Opcode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * HotSpot never JIT-compiles a method larger than 8000 bytes of bytecode (TOOLCHAIN.md); the
 * dispatch loop and the fallback dispatch must stay under it or the interpreter runs interpreted.
 */
class DispatchSizeTest {
  static final int HUGE_METHOD_LIMIT = 8000;

  private static int codeLength(Class<?> type, String method) throws IOException {
    String resource = type.getSimpleName() + ".class";
    byte[] bytes;
    try (InputStream in = type.getResourceAsStream(resource)) {
      bytes = in.readAllBytes();
    }
    ClassModel model = ClassFile.of().parse(bytes);
    for (MethodModel m : model.methods()) {
      if (m.methodName().stringValue().equals(method)) {
        return m.findAttribute(java.lang.classfile.Attributes.code())
            .map(CodeAttribute::codeLength)
            .orElseThrow();
      }
    }
    throw new AssertionError("no method " + method + " in " + type);
  }

  @Test
  void dispatchLoopCompilesWithHotSpot() throws IOException {
    int size = codeLength(Interpreter.class, "execute");
    assertTrue(size < HUGE_METHOD_LIMIT, "Interpreter.execute is " + size + " bytes");
  }

  @Test
  void fallbackDispatchCompilesWithHotSpot() throws IOException {
    int size = codeLength(Uops.class, "execute");
    assertTrue(size < HUGE_METHOD_LIMIT, "Uops.execute is " + size + " bytes");
  }

  @Test
  void opcodeConstantsMatchTheInstructionTable() throws IllegalAccessException {
    int checked = 0;
    for (Field f : Op.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
        f.setAccessible(true);
        assertEquals(Opcode.valueOf(f.getName()).code(), f.getInt(null), f.getName());
        checked++;
      }
    }
    assertEquals(Opcode.values().length, checked, "one constant per opcode");
  }
}
