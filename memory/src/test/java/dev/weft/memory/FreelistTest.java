package dev.weft.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FreelistTest {

  @Test
  void popReturnsTheMostRecentlyPushedObjectAndForgetsIt() {
    Freelist<String> freelist = new Freelist<>(4);
    String a = new String("a");
    String b = new String("b");
    freelist.push(a);
    freelist.push(b);
    assertSame(b, freelist.pop());
    assertSame(a, freelist.pop());
    assertNull(freelist.pop());
    assertEquals(2, freelist.hits());
    assertEquals(1, freelist.misses());
  }

  @Test
  void pushBeyondCapacityIsRefusedAndKeepsNothing() {
    Freelist<Object> freelist = new Freelist<>(2);
    assertTrue(freelist.push(new Object()));
    assertTrue(freelist.push(new Object()));
    Object third = new Object();
    assertFalse(freelist.push(third));
    assertEquals(2, freelist.size());
    assertTrue(freelist.pop() != third && freelist.pop() != third);
    assertTrue(freelist.isEmpty());
  }

  @Test
  void zeroCapacityFreelistIsDisabled() {
    Freelist<Object> freelist = new Freelist<>(0);
    assertFalse(freelist.push(new Object()));
    assertNull(freelist.pop());
  }

  @Test
  void negativeCapacityIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> new Freelist<>(-1));
  }

  @Test
  void clearForgetsEveryObject() {
    Freelist<Object> freelist = new Freelist<>(FreelistLimits.SLICES + 2);
    freelist.push(new Object());
    freelist.push(new Object());
    assertEquals(2, freelist.clear());
    assertTrue(freelist.isEmpty());
    assertNull(freelist.pop());
  }

  @Test
  void cpythonLimitsSizeTheFreelists() {
    assertEquals(100, new Freelist<Double>(FreelistLimits.FLOATS).capacity());
    assertEquals(2000, FreelistLimits.TUPLES_PER_SIZE);
    assertEquals(20, FreelistLimits.TUPLE_MAX_SAVE_SIZE);
    assertEquals(80, FreelistLimits.LISTS);
    assertEquals(80, FreelistLimits.DICTS);
    assertEquals(80, FreelistLimits.DICT_KEYS);
    assertEquals(1, FreelistLimits.SLICES);
    assertEquals(6, FreelistLimits.RANGES);
    assertEquals(16, FreelistLimits.BUILTIN_FUNCTIONS);
    assertEquals(20, FreelistLimits.BOUND_METHODS);
  }
}
