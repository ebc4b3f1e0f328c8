package dev.weft.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SizeClassPoolTest {

  @Test
  void requestsRoundUpToTheirClassAndFreedArraysRoundDown() {
    assertEquals(0, SizeClassPool.classForCapacity(0));
    assertEquals(0, SizeClassPool.classForCapacity(1));
    assertEquals(1, SizeClassPool.classForCapacity(2));
    assertEquals(2, SizeClassPool.classForCapacity(3));
    assertEquals(3, SizeClassPool.classForCapacity(8));
    assertEquals(4, SizeClassPool.classForCapacity(9));
    assertEquals(0, SizeClassPool.classForLength(1));
    assertEquals(2, SizeClassPool.classForLength(7));
    assertEquals(3, SizeClassPool.classForLength(8));
  }

  @Test
  void anArrayOfOddLengthServesOnlyRequestsItCanHold() {
    SizeClassPool pool = new SizeClassPool(64, 4);
    Object[] seven = new Object[7];
    assertTrue(pool.accepts(7));
    pool.push(seven, 7);
    assertNull(pool.pop(5));
    assertSame(seven, pool.pop(4));
  }

  @Test
  void arraysLongerThanTheLargestClassAreNeitherPooledNorRounded() {
    SizeClassPool pool = new SizeClassPool(64, 4);
    assertFalse(pool.accepts(128));
    assertTrue(pool.accepts(127));
    assertFalse(pool.accepts(0));
    assertEquals(64, pool.lengthToAllocate(33));
    assertEquals(100, pool.lengthToAllocate(100));
  }

  @Test
  void aFullClassAcceptsNoMore() {
    SizeClassPool pool = new SizeClassPool(8, 1);
    pool.push(new long[8], 8);
    assertFalse(pool.accepts(8));
    assertTrue(pool.accepts(4));
    assertEquals(1, pool.clear());
    assertTrue(pool.accepts(8));
  }
}
