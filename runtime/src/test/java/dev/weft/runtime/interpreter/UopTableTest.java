package dev.weft.runtime.interpreter;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.bytecode.Opcode;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class UopTableTest {
  private static final String[] PACKAGES = {
    "dev.weft.runtime.interpreter.", "dev.weft.runtime.objects."
  };

  @Test
  void everyInstructionNamesStaticMethodsThatExist() {
    for (Opcode op : Opcode.values()) {
      if (op.pseudo()) {
        continue;
      }
      var uops = UopTable.uops(op);
      assertNotNull(uops, op + " has no uop entry");
      for (String uop : uops) {
        String[] parts = uop.split("\\.");
        Class<?> owner = null;
        for (String pkg : PACKAGES) {
          try {
            owner = Class.forName(pkg + parts[0]);
            break;
          } catch (ClassNotFoundException e) {
            // try the next package
          }
        }
        assertNotNull(owner, uop + " (of " + op + "): no such class");
        boolean found =
            Arrays.stream(owner.getDeclaredMethods())
                .anyMatch(m -> m.getName().equals(parts[1]) && Modifier.isStatic(m.getModifiers()));
        assertTrue(found, uop + " (of " + op + "): no such static method");
      }
    }
  }
}
