package dev.weft.specialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.interpreter.Op;
import org.junit.jupiter.api.Test;

class SuperSpecializerTest {
  @Test
  void zeroAndTwoArgumentSuperSpecializeForMethodsAttributesAndClassmethods() {
    SpecRun r =
        SpecRun.run(
            """
            class A:
                v = 5
                def m(self, x):
                    return x + 1
                @property
                def p(self):
                    return "A.p"
                @classmethod
                def c(cls, k):
                    return cls.__name__ + str(k)
                @staticmethod
                def s(k):
                    return k * 2
            class B(A):
                def m(self, x):
                    return super().m(x) * 10
                def v2(self):
                    return super().v
                def prop(self):
                    return super().p
                @classmethod
                def c(cls, k):
                    return "B" + super().c(k)
                def st(self):
                    return super().s(3)
                def two(self):
                    return super(B, self).m(1)
            out = []
            b = B()
            for i in range(10):
                out.append((b.m(i), b.v2(), b.prop(), B.c(i), b.c(0), b.st(), b.two()))
            print(out[0], out[9])
            """);
    assertEquals(
        "(10, 5, 'A.p', 'BB0', 'BB0', 6, 2) (100, 5, 'A.p', 'BB9', 'BB0', 6, 2)\n",
        r.stdout,
        r.stderr);
    assertTrue(r.forms("B.m").contains("LOAD_SUPER_ATTR_METHOD"), r.forms("B.m").toString());
    assertTrue(r.forms("B.v2").contains("LOAD_SUPER_ATTR_ATTR"), r.forms("B.v2").toString());
    assertTrue(r.forms("B.prop").contains("LOAD_SUPER_ATTR_ATTR"), r.forms("B.prop").toString());
    assertTrue(r.forms("B.c").contains("LOAD_SUPER_ATTR_METHOD"), r.forms("B.c").toString());
    assertTrue(r.forms("B.two").contains("LOAD_SUPER_ATTR_METHOD"), r.forms("B.two").toString());
    assertNull(r.leaks, r.leaks);
  }

  @Test
  void multipleInheritanceFollowsTheMroOfTheInstance() {
    SpecRun r =
        SpecRun.run(
            """
            class Base:
                def who(self):
                    return ["Base"]
            class Left(Base):
                def who(self):
                    return ["Left"] + super().who()
            class Right(Base):
                def who(self):
                    return ["Right"] + super().who()
            class Both(Left, Right):
                def who(self):
                    return ["Both"] + super().who()
                def skip(self):
                    return super(Left, self).who()
            out = []
            for i in range(8):
                out.append((Both().who(), Both().skip(), Left().who()))
            print(out[7])
            """);
    assertEquals(
        "(['Both', 'Left', 'Right', 'Base'], ['Right', 'Base'], ['Left', 'Base'])\n",
        r.stdout,
        r.stderr);
    assertTrue(
        r.forms("Left.who").contains("LOAD_SUPER_ATTR_METHOD"), r.forms("Left.who").toString());
    assertNull(r.leaks, r.leaks);
  }

  @Test
  void aGlobalShadowingSuperIsCalledThenTheBuiltinComesBack() {
    SpecRun r =
        SpecRun.run(
            """
            class A:
                def m(self):
                    return "A.m"
                x = "A.x"
            class B(A):
                def m(self):
                    return "B>" + super().m()
                def x2(self):
                    return super().x
            class Fake:
                def m(self):
                    return "fake m"
                x = "fake x"
            def fake(*args):
                return Fake()
            out = []
            b = B()
            for i in range(200):
                if i == 60:
                    globals()["super"] = fake
                if i == 140:
                    del globals()["super"]
                out.append((b.m(), b.x2()))
            print(out[59], out[60], out[139], out[140], out[199])
            """);
    assertEquals(
        "('B>A.m', 'A.x') ('B>fake m', 'fake x') ('B>fake m', 'fake x') ('B>A.m', 'A.x') ('B>A.m', 'A.x')\n",
        r.stdout,
        r.stderr);
    // The shadowing global made the specialized forms miss until they deopted to the generic
    // instruction (which called it); once it was deleted they specialized again.
    assertTrue(r.deopts(Op.LOAD_SUPER_ATTR_METHOD) >= 1, "method deopts");
    assertTrue(r.deopts(Op.LOAD_SUPER_ATTR_ATTR) >= 1, "attribute deopts");
    assertTrue(r.successes(Op.LOAD_SUPER_ATTR_METHOD) >= 2, "respecialized");
    assertTrue(r.forms("B.m").contains("LOAD_SUPER_ATTR_METHOD"), r.forms("B.m").toString());
    assertNull(r.leaks, r.leaks);
  }

  @Test
  void errorsAreThoseOfTheSuperObject() {
    SpecRun r =
        SpecRun.run(
            """
            class A:
                def m(self):
                    return "A.m"
            class B(A):
                def m(self):
                    return "B>" + super().m()
                def missing(self):
                    return super().nope
                def call_missing(self):
                    return super().nope()
            def two(cls, obj):
                return super(cls, obj).m()
            for i in range(5):
                try:
                    B().missing()
                except AttributeError as e:
                    print(i, "AttributeError", e)
                try:
                    B().call_missing()
                except AttributeError as e:
                    print(i, "AttributeError", e)
            out = []
            for i in range(6):
                out.append(two(B, B()))
            print(out)
            for cls, obj in [(B, 3), (3, B()), (B, A())]:
                try:
                    two(cls, obj)
                except TypeError as e:
                    print("TypeError", e)
            print(two(B, B()), two(A, B()) if False else "skip")
            """);
    assertEquals(
        "0 AttributeError 'super' object has no attribute 'nope'\n0 AttributeError 'super' object has no attribute 'nope'\n1 AttributeError 'super' object has no attribute 'nope'\n1 AttributeError 'super' object has no attribute 'nope'\n2 AttributeError 'super' object has no attribute 'nope'\n2 AttributeError 'super' object has no attribute 'nope'\n3 AttributeError 'super' object has no attribute 'nope'\n3 AttributeError 'super' object has no attribute 'nope'\n4 AttributeError 'super' object has no attribute 'nope'\n4 AttributeError 'super' object has no attribute 'nope'\n['A.m', 'A.m', 'A.m', 'A.m', 'A.m', 'A.m']\nTypeError super(type, obj): obj must be an instance or subtype of type\nTypeError super() argument 1 must be a type, not int\nTypeError super(type, obj): obj must be an instance or subtype of type\nA.m skip\n",
        r.stdout,
        r.stderr);
    assertNull(r.leaks, r.leaks);
  }
}
