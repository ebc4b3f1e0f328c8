package dev.weft.runtime.compiler;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the bytes of a source file into text the way CPython's file tokenizer does: UTF-8 unless a
 * PEP 263 declaration ({@code # -*- coding: latin-1 -*-}) on line 1, or on line 2 after a line that
 * is blank or only a comment, names another encoding; a UTF-8 byte order mark is dropped and then
 * allows no other declaration. Weft knows UTF-8, Latin-1 and ASCII under their Python aliases; any
 * other name is "encoding problem: NAME", as CPython reports an encoding it cannot find.
 */
final class SourceDecoder {

  private static final Set<String> UTF8_NAMES =
      Set.of("utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4");
  private static final Set<String> LATIN1_NAMES =
      Set.of(
          "latin_1",
          "latin1",
          "latin",
          "l1",
          "iso8859_1",
          "iso_8859_1",
          "8859",
          "cp819",
          "iso_ir_100",
          "csisolatin1",
          "iso_8859_1:1987",
          "iso_latin_1");
  private static final Set<String> ASCII_NAMES =
      Set.of(
          "ascii",
          "us_ascii",
          "646",
          "ansi_x3.4_1968",
          "ansi_x3_4_1968",
          "ansi_x3.4_1986",
          "cp367",
          "csascii",
          "ibm367",
          "iso646_us",
          "iso_646.irv:1991",
          "iso_ir_6",
          "us");

  private SourceDecoder() {}

  static String decode(byte[] bytes, String filename) throws PySyntaxError {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    int start = bom ? 3 : 0;
    String declared = declaredEncoding(bytes, start);
    if (declared == null) {
      return decodeUtf8(bytes, start, filename);
    }
    String name = normalName(declared);
    if (bom && !name.equals("utf-8")) {
      throw PySyntaxError.withoutLocation("encoding problem: " + name + " with BOM");
    }
    String pythonName = declared.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    Charset charset;
    if (name.equals("utf-8") || UTF8_NAMES.contains(pythonName)) {
      charset = StandardCharsets.UTF_8;
    } else if (name.equals("iso-8859-1") || LATIN1_NAMES.contains(pythonName)) {
      charset = StandardCharsets.ISO_8859_1;
    } else if (ASCII_NAMES.contains(pythonName)) {
      charset = StandardCharsets.US_ASCII;
    } else {
      charset = javaCharset(name);
    }
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw PySyntaxError.withoutLocation("encoding problem: " + name);
    }
  }

  /**
   * Another codec CPython has (cp1252, koi8-r, shift_jis, ...), through the JDK's charset of the
   * same name; a name neither knows is CPython's "encoding problem".
   */
  private static Charset javaCharset(String name) throws PySyntaxError {
    for (String candidate :
        new String[] {name, name.replace('_', '-'), "windows-" + name.replace("cp", "")}) {
      try {
        if (Charset.isSupported(candidate)) {
          return Charset.forName(candidate);
        }
      } catch (java.nio.charset.IllegalCharsetNameException e) {
        // not a name the JDK accepts; try the next spelling
      }
    }
    throw PySyntaxError.withoutLocation("encoding problem: " + name);
  }

  private static String decodeUtf8(byte[] bytes, int start, String filename) throws PySyntaxError {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes, start);
      int line = 1;
      for (int i = start; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw PySyntaxError.withoutLocation(
          String.format(
              "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding"
                  + " declared; see https://peps.python.org/pep-0263/ for details",
              bytes[bad] & 0xff, filename, line));
    }
  }

  /** The index of the first byte that does not start a valid UTF-8 sequence. */
  private static int firstInvalidUtf8(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length) {
      int length = validSequenceLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return bytes.length - 1;
  }

  private static int validSequenceLength(byte[] bytes, int i) {
    int b = bytes[i] & 0xff;
    if (b < 0x80) {
      return 1;
    }
    int length;
    int min;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int cp = b & (0x7f >> length);
    for (int k = 1; k < length; k++) {
      int next = bytes[i + k] & 0xff;
      if ((next & 0xc0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (next & 0x3f);
    }
    boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
    return cp < min || cp > 0x10ffff || surrogate ? 0 : length;
  }

  /** The encoding named on line 1, or on line 2 if line 1 is blank or a comment; else null. */
  private static String declaredEncoding(byte[] bytes, int start) {
    int lineStart = start;
    for (int line = 1; line <= 2 && lineStart < bytes.length; line++) {
      int lineEnd = lineStart;
      while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') {
        lineEnd++;
      }
      String text = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1);
      String stripped = text.stripLeading();
      if (stripped.startsWith("#")) {
        String spec = codingSpec(stripped);
        if (spec != null) {
          return spec;
        }
      } else if (!text.isBlank()) {
        return null;
      }
      lineStart = lineEnd + 1;
      if (lineEnd + 1 < bytes.length && bytes[lineEnd] == '\r' && bytes[lineEnd + 1] == '\n') {
        lineStart++;
      }
    }
    return null;
  }

  /** CPython's get_coding_spec on a comment line: "coding" then ':' or '=' then the name. */
  private static String codingSpec(String comment) {
    for (int i = comment.indexOf("coding"); i >= 0; i = comment.indexOf("coding", i + 1)) {
      int t = i + 6;
      if (t >= comment.length() || (comment.charAt(t) != ':' && comment.charAt(t) != '=')) {
        continue;
      }
      do {
        t++;
      } while (t < comment.length() && (comment.charAt(t) == ' ' || comment.charAt(t) == '\t'));
      int begin = t;
      while (t < comment.length() && isNameChar(comment.charAt(t))) {
        t++;
      }
      if (begin < t) {
        return comment.substring(begin, t);
      }
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return (c < 128 && Character.isLetterOrDigit(c)) || c == '-' || c == '_' || c == '.';
  }

  /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognizes itself. */
  private static String normalName(String name) {
    String s = name.length() > 12 ? name.substring(0, 12) : name;
    s = s.toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals("utf-8") || s.startsWith("utf-8-")) {
      return "utf-8";
    }
    if (s.equals("latin-1")
        || s.equals("iso-8859-1")
        || s.equals("iso-latin-1")
        || s.startsWith("latin-1-")
        || s.startsWith("iso-8859-1-")
        || s.startsWith("iso-latin-1-")) {
      return "iso-8859-1";
    }
    return name;
  }
}
