package dev.weft.runtime.compiler;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The value of one STRING token: a str, a bytes, or an f-string split into literal text and
 * replacement fields. Escapes are decoded as CPython 3.11's {@code Parser/string_parser.c} does,
 * with its error messages. Error positions follow CPython for the common case where the string is
 * the last of its line: CPython reports them at the token after the string (or the last of several
 * adjacent strings), so the parser may {@link PySyntaxError#relocated relocate} them.
 *
 * <p>F-strings follow the 3.11 rules: an expression may not contain a backslash or '#', and ends at
 * '!', ':', '=' or '}' outside brackets and strings ('!=', '==', '<=', '>=' excepted); a lambda's
 * ':' therefore starts the format spec, as in 3.11. Format specs may hold fields one level deep.
 */
public final class StringLiteral {

  public enum Kind {
    STR,
    BYTES,
    FSTRING
  }

  /** A piece of an f-string or of a format spec. */
  public sealed interface FStringPart permits Literal, Field {}

  /** Literal text, escapes already decoded and {@code {{ }}} already halved. */
  public record Literal(String text) implements FStringPart {}

  /**
   * A replacement field. {@code line}/{@code column} locate the expression's first character in the
   * file. {@code debugText} is the text up to and including '=' and the blanks after it for {@code
   * f"{x = }"}, else null. {@code conversion} is 's', 'r', 'a' or 0; like CPython it is 'r' for a
   * debug field with neither conversion nor format spec. {@code formatSpec} is null without a ':'
   * and empty for an empty spec, as CPython's tree distinguishes them.
   */
  public record Field(
      String expression,
      int line,
      int column,
      String debugText,
      char conversion,
      List<FStringPart> formatSpec)
      implements FStringPart {}

  /** CPython's MAXLEVEL for brackets inside an f-string expression. */
  private static final int MAX_BRACKET_DEPTH = 200;

  private final Kind kind;
  private final Object value;
  private final List<FStringPart> parts;
  private final boolean unicodePrefix;

  private StringLiteral(Kind kind, Object value, List<FStringPart> parts, boolean unicodePrefix) {
    this.kind = kind;
    this.value = value;
    this.parts = parts;
    this.unicodePrefix = unicodePrefix;
  }

  public Kind kind() {
    return kind;
  }

  /** A String for STR, a byte[] for BYTES, null for FSTRING. */
  public Object value() {
    return value;
  }

  /** The f-string's parts; a STR is one Literal. */
  public List<FStringPart> parts() {
    if (kind == Kind.BYTES) {
      throw new IllegalStateException("bytes literal has no f-string parts");
    }
    return parts;
  }

  /** Whether the literal has the {@code u} prefix (CPython records it as the constant's kind). */
  public boolean unicodePrefix() {
    return unicodePrefix;
  }

  /** Decodes a STRING token; errors carry no source text (use the Tokenizer overload for it). */
  public static StringLiteral decode(Token token, String filename) throws PySyntaxError {
    return new Decoder(token, filename, null).decode();
  }

  /** Decodes a STRING token produced by tokenizer, whose lines give errors their text. */
  public static StringLiteral decode(Token token, Tokenizer tokenizer) throws PySyntaxError {
    return new Decoder(token, tokenizer.filename(), tokenizer).decode();
  }

  /** The state of decoding one token. */
  private static final class Decoder {
    private final Token token;
    private final String filename;
    private final Tokenizer tokenizer;
    private String body;
    private int bodyStart;
    private boolean raw;
    private int i;

    Decoder(Token token, String filename, Tokenizer tokenizer) {
      this.token = token;
      this.filename = filename;
      this.tokenizer = tokenizer;
    }

    StringLiteral decode() throws PySyntaxError {
      String text = token.text();
      int prefixLength = 0;
      boolean bytes = false;
      boolean fstring = false;
      boolean unicode = false;
      while (text.charAt(prefixLength) != '\'' && text.charAt(prefixLength) != '"') {
        switch (Character.toLowerCase(text.charAt(prefixLength))) {
          case 'b' -> bytes = true;
          case 'r' -> raw = true;
          case 'f' -> fstring = true;
          default -> unicode = true;
        }
        prefixLength++;
      }
      char quote = text.charAt(prefixLength);
      boolean triple =
          text.length() >= prefixLength + 6
              && text.startsWith(String.valueOf(quote).repeat(3), prefixLength);
      int quoteSize = triple ? 3 : 1;
      bodyStart = prefixLength + quoteSize;
      body = text.substring(bodyStart, text.length() - quoteSize);
      if (bytes) {
        return new StringLiteral(Kind.BYTES, decodeBytes(), null, false);
      }
      if (fstring) {
        i = 0;
        List<FStringPart> parts = parseFString(0);
        return new StringLiteral(Kind.FSTRING, null, parts, false);
      }
      String value = raw ? body : decodeEscapes(body);
      return new StringLiteral(Kind.STR, value, List.of(new Literal(value)), unicode);
    }

    // ---- bytes ----

    private byte[] decodeBytes() throws PySyntaxError {
      for (int k = 0; k < body.length(); k++) {
        if (body.charAt(k) >= 128) {
          throw new PySyntaxError(
              PySyntaxError.Kind.SYNTAX_ERROR,
              "bytes can only contain ASCII literal characters",
              filename,
              token.line(),
              offset(token.line(), token.column()),
              token.endLine(),
              offset(token.endLine(), token.endColumn()),
              lineText(token.line()));
        }
      }
      var out = new ByteArrayOutputStream(body.length());
      if (raw) {
        for (int k = 0; k < body.length(); k++) {
          out.write(body.charAt(k));
        }
        return out.toByteArray();
      }
      for (int k = 0; k < body.length(); ) {
        char c = body.charAt(k++);
        if (c != '\\' || k >= body.length()) {
          out.write(c);
          continue;
        }
        char e = body.charAt(k++);
        switch (e) {
          case '\n' -> {}
          case '\\', '\'', '"' -> out.write(e);
          case 'a' -> out.write(7);
          case 'b' -> out.write(8);
          case 'f' -> out.write(12);
          case 'n' -> out.write('\n');
          case 'r' -> out.write('\r');
          case 't' -> out.write('\t');
          case 'v' -> out.write(11);
          case '0', '1', '2', '3', '4', '5', '6', '7' -> {
            int value = e - '0';
            for (int n = 0; n < 2 && k < body.length() && isOctal(body.charAt(k)); n++) {
              value = value * 8 + body.charAt(k++) - '0';
            }
            out.write(value & 0xff);
          }
          case 'x' -> {
            int high = k + 1 < body.length() ? Character.digit(body.charAt(k), 16) : -1;
            int low = k + 1 < body.length() ? Character.digit(body.charAt(k + 1), 16) : -1;
            if (high < 0 || low < 0) {
              throw decodeError("(value error) invalid \\x escape at position " + (k - 2));
            }
            out.write(high * 16 + low);
            k += 2;
          }
          default -> {
            out.write('\\');
            k--;
          }
        }
      }
      return out.toByteArray();
    }

    // ---- str escapes ----

    /**
     * Decodes the escapes of s. Error positions count as CPython's do: in a copy of the text where
     * every non-ASCII character was rewritten as a ten-byte {@code \UXXXXXXXX} escape.
     */
    private String decodeEscapes(String s) throws PySyntaxError {
      var out = new StringBuilder(s.length());
      int k = 0;
      int position = 0;
      while (k < s.length()) {
        int cp = s.codePointAt(k);
        if (cp != '\\') {
          out.appendCodePoint(cp);
          k += Character.charCount(cp);
          position += cp < 128 ? 1 : 10;
          continue;
        }
        int start = position;
        k++;
        position++;
        if (k >= s.length() || s.charAt(k) >= 128) {
          out.append('\\');
          position += 5;
          continue;
        }
        char e = s.charAt(k++);
        position++;
        switch (e) {
          case '\n' -> {}
          case '\\', '\'', '"' -> out.append(e);
          case 'a' -> out.append('\007');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'v' -> out.append('\013');
          case '0', '1', '2', '3', '4', '5', '6', '7' -> {
            int value = e - '0';
            for (int n = 0; n < 2 && k < s.length() && isOctal(s.charAt(k)); n++) {
              value = value * 8 + s.charAt(k++) - '0';
              position++;
            }
            out.append((char) value);
          }
          case 'x', 'u', 'U' -> {
            int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
            String message =
                e == 'x'
                    ? "truncated \\xXX escape"
                    : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            int value = 0;
            for (int n = 0; n < count; n++) {
              int digit =
                  k < s.length() && s.charAt(k) < 128 ? Character.digit(s.charAt(k), 16) : -1;
              if (digit < 0) {
                throw unicodeError(start, position, message);
              }
              value = value * 16 + digit;
              k++;
              position++;
            }
            if (value > Character.MAX_CODE_POINT || value < 0) {
              throw unicodeError(start, position, "illegal Unicode character");
            }
            out.appendCodePoint(value);
          }
          case 'N' -> {
            String malformed = "malformed \\N character escape";
            if (k >= s.length()) {
              throw unicodeError(start, position, malformed);
            }
            if (s.charAt(k) != '{') {
              throw unicodeError(start, position, malformed);
            }
            k++;
            position++;
            int close = s.indexOf('}', k);
            if (close < 0) {
              throw unicodeError(start, position + transformedLength(s.substring(k)), malformed);
            }
            String name = s.substring(k, close);
            position += transformedLength(name);
            if (name.isEmpty()) {
              throw unicodeError(start, position, malformed);
            }
            k = close + 1;
            position++;
            int named = lookupName(name);
            if (named < 0) {
              throw unicodeError(start, position, "unknown Unicode character name");
            }
            out.appendCodePoint(named);
          }
          default -> out.append('\\').append(e);
        }
      }
      return out.toString();
    }

    private static int transformedLength(String s) {
      int length = 0;
      for (int k = 0; k < s.length(); ) {
        int cp = s.codePointAt(k);
        length += cp < 128 ? 1 : 10;
        k += Character.charCount(cp);
      }
      return length;
    }

    /** Python's unicodedata.lookup for \N{...}: Java also strips blanks, which Python does not. */
    private static int lookupName(String name) {
      if (name.isBlank() || !name.strip().equals(name)) {
        return -1;
      }
      int ideograph = ideographName(name);
      if (ideograph >= 0) {
        return ideograph;
      }
      try {
        return Character.codePointOf(name);
      } catch (IllegalArgumentException e) {
        return -1;
      }
    }

    /**
     * Python's algorithmic names for ideographs, {@code CJK UNIFIED IDEOGRAPH-6574} and the like
     * ({@code Modules/unicodedata.c}), which Java spells differently; -1 for other names.
     */
    private static int ideographName(String name) {
      int dash = name.lastIndexOf('-');
      if (dash < 0) {
        return -1;
      }
      String prefix = name.substring(0, dash);
      String hex = name.substring(dash + 1);
      if (!(prefix.equals("CJK UNIFIED IDEOGRAPH") || prefix.equals("CJK COMPATIBILITY IDEOGRAPH"))
          || !hex.matches("[0-9A-F]{4,5}")) {
        return -1;
      }
      int codePoint = Integer.parseInt(hex, 16);
      boolean unified = prefix.startsWith("CJK UNIFIED");
      Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
      boolean compatibility =
          block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
              || block == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT;
      if (!Character.isIdeographic(codePoint) || unified == compatibility) {
        return -1;
      }
      return codePoint;
    }

    private PySyntaxError unicodeError(int start, int end, String reason) {
      String where =
          end - start == 1
              ? "can't decode byte 0x5c in position " + start
              : "can't decode bytes in position " + start + "-" + (end - 1);
      return decodeError("(unicode error) 'unicodeescape' codec " + where + ": " + reason);
    }

    // ---- f-strings ----

    /** Parses literal text and fields up to the end of the body or, in a format spec, to '}'. */
    private List<FStringPart> parseFString(int recurseLevel) throws PySyntaxError {
      var parts = new ArrayList<FStringPart>();
      var literal = new StringBuilder();
      while (true) {
        int start = i;
        boolean doubled = findLiteralEnd(recurseLevel);
        String chunk = body.substring(start, doubled ? i - 1 : i);
        literal.append(raw ? chunk : decodeEscapes(chunk));
        if (doubled) {
          continue;
        }
        if (i >= body.length() || body.charAt(i) == '}') {
          break;
        }
        if (!literal.isEmpty()) {
          parts.add(new Literal(literal.toString()));
          literal.setLength(0);
        }
        parts.add(parseField(recurseLevel));
      }
      if (!literal.isEmpty()) {
        parts.add(new Literal(literal.toString()));
      }
      if (recurseLevel != 0 && (i >= body.length() || body.charAt(i) != '}')) {
        throw decodeError("f-string: expecting '}'");
      }
      return parts;
    }

    /**
     * Advances i over literal text, stopping at a '{' or '}' that is not doubled. Returns true
     * after a doubled brace (which stays in the chunk, once) so the caller goes on scanning.
     */
    private boolean findLiteralEnd(int recurseLevel) throws PySyntaxError {
      int end = body.length();
      while (i < end) {
        char ch = body.charAt(i++);
        if (!raw && ch == '\\' && i < end) {
          ch = body.charAt(i++);
          if (ch == 'N') {
            // Skip "\N{NAME}" so its braces are not taken for a field.
            if (i < end && body.charAt(i++) == '{') {
              while (i < end && body.charAt(i++) != '}') {}
            }
            continue;
          }
        }
        if (ch == '{' || ch == '}') {
          // Braces are doubled only at the top level, so that f'{0:{3}}' closes twice.
          if (recurseLevel == 0) {
            if (i < end && body.charAt(i) == ch) {
              i++;
              return true;
            }
            if (ch == '}') {
              throw decodeError("f-string: single '}' is not allowed");
            }
          }
          i--;
          return false;
        }
      }
      return false;
    }

    private Field parseField(int recurseLevel) throws PySyntaxError {
      if (recurseLevel >= 2) {
        throw decodeError("f-string: expressions nested too deeply");
      }
      int end = body.length();
      i++;
      int expressionStart = i;
      char quoteChar = 0;
      boolean tripleQuoted = false;
      char[] bracketStack = new char[MAX_BRACKET_DEPTH];
      int depth = 0;
      for (; i < end; i++) {
        char ch = body.charAt(i);
        if (ch == '\\') {
          throw decodeError("f-string expression part cannot include a backslash");
        }
        if (quoteChar != 0) {
          if (ch == quoteChar) {
            if (!tripleQuoted) {
              quoteChar = 0;
            } else if (i + 2 < end && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch) {
              i += 2;
              quoteChar = 0;
            }
          }
          continue;
        }
        if (ch == '\'' || ch == '"') {
          tripleQuoted = i + 2 < end && body.charAt(i + 1) == ch && body.charAt(i + 2) == ch;
          if (tripleQuoted) {
            i += 2;
          }
          quoteChar = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
          if (depth >= MAX_BRACKET_DEPTH) {
            throw decodeError("f-string: too many nested parenthesis");
          }
          bracketStack[depth++] = ch;
        } else if (ch == '#') {
          throw decodeError("f-string expression part cannot include '#'");
        } else if (depth == 0 && "!:}=<>".indexOf(ch) >= 0) {
          if (i + 1 < end && body.charAt(i + 1) == '=' && "!=<>".indexOf(ch) >= 0) {
            i++;
            continue;
          }
          if (ch == '<' || ch == '>') {
            continue;
          }
          break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
          if (depth == 0) {
            throw decodeError(String.format("f-string: unmatched '%c'", ch));
          }
          char opening = bracketStack[--depth];
          if ("([{".indexOf(opening) != ")]}".indexOf(ch)) {
            throw decodeError(
                String.format(
                    "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                    ch, opening));
          }
        }
      }
      int expressionEnd = i;
      if (quoteChar != 0) {
        throw decodeError("f-string: unterminated string");
      }
      if (depth > 0) {
        throw decodeError(String.format("f-string: unmatched '%c'", bracketStack[depth - 1]));
      }
      if (i >= end) {
        throw expectingBrace();
      }
      String expression = body.substring(expressionStart, expressionEnd);
      if (expression.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f')) {
        char next = body.charAt(expressionEnd);
        throw decodeError(
            next == '!' || next == ':' || next == '='
                ? String.format("f-string: expression required before '%c'", next)
                : "f-string: empty expression not allowed");
      }
      String debugText = null;
      if (body.charAt(i) == '=') {
        i++;
        while (i < end && " \t\n\r\013\f".indexOf(body.charAt(i)) >= 0) {
          i++;
        }
        if (i >= end) {
          throw expectingBrace();
        }
        debugText = body.substring(expressionStart, i);
      }
      char conversion = 0;
      if (body.charAt(i) == '!') {
        i++;
        if (i >= end) {
          throw expectingBrace();
        }
        conversion = body.charAt(i++);
        if (conversion != 's' && conversion != 'r' && conversion != 'a') {
          throw decodeError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
        }
      }
      List<FStringPart> formatSpec = null;
      boolean hasFormatSpec = false;
      if (i < end && body.charAt(i) == ':') {
        i++;
        if (i >= end) {
          throw expectingBrace();
        }
        hasFormatSpec = true;
        formatSpec = List.copyOf(parseFString(recurseLevel + 1));
      }
      if (i >= end || body.charAt(i) != '}') {
        throw expectingBrace();
      }
      i++;
      if (debugText != null && conversion == 0 && !hasFormatSpec) {
        conversion = 'r';
      }
      int[] where = fileLocation(expressionStart);
      return new Field(expression, where[0], where[1], debugText, conversion, formatSpec);
    }

    private PySyntaxError expectingBrace() {
      return decodeError("f-string: expecting '}'");
    }

    /** The file line and column of the character at index k of the body. */
    private int[] fileLocation(int k) {
      int line = token.line();
      int column = token.column() + bodyStart;
      for (int n = 0; n < k; n++) {
        if (body.charAt(n) == '\n') {
          line++;
          column = 0;
        } else {
          column++;
        }
      }
      return new int[] {line, column};
    }

    // ---- errors ----

    private static boolean isOctal(char c) {
      return c >= '0' && c <= '7';
    }

    /** An error in the literal's content, placed just after the token as CPython usually does. */
    private PySyntaxError decodeError(String message) {
      int line = token.endLine();
      int offset = offset(line, token.endColumn());
      return new PySyntaxError(
          PySyntaxError.Kind.SYNTAX_ERROR,
          message,
          filename,
          line,
          offset,
          line,
          offset,
          lineText(line));
    }

    private int offset(int line, int column) {
      if (tokenizer == null) {
        return column + 1;
      }
      // CPython 3.11 counts these offsets in UTF-8 bytes.
      String text = tokenizer.sourceLine(line);
      return Tokenizer.utf8Length(text, Math.min(column, text.length())) + 1;
    }

    private String lineText(int line) {
      return tokenizer == null ? null : tokenizer.sourceLine(line) + "\n";
    }
  }
}
