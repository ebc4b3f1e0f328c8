package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecodingTest {

  private static byte[] bytes(String header, byte... body) {
    byte[] head = header.getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  @Test
  void otherCodecsCPythonHasDecodeThroughTheJdk() throws PySyntaxError {
    assertEquals(
        "# -*- coding: cp1252 -*-\ns = '\u20ac'\n",
        Tokenizer.decode(
            bytes("# -*- coding: cp1252 -*-\ns = '", (byte) 0x80, (byte) '\'', (byte) '\n'),
            "t.py"));
    assertEquals(
        "# coding: koi8-r\ns = '\u0430'\n",
        Tokenizer.decode(
            bytes("# coding: koi8-r\ns = '", (byte) 0xc1, (byte) '\'', (byte) '\n'), "t.py"));
  }

  @Test
  void unknownCodecIsAnEncodingProblem() {
    PySyntaxError e =
        assertThrows(
            PySyntaxError.class, () -> Tokenizer.decode(bytes("# coding: uft-8\n"), "t.py"));
    assertEquals("encoding problem: uft-8", e.message());
  }
}
