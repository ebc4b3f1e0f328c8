package dev.weft.runtime.compiler;

/**
 * Source to analyzed tree: decoding, parsing and the symbol table, the part of compilation that
 * reports every {@link PySyntaxError} a program can have.
 */
public final class FrontEnd {
  private FrontEnd() {}

  /** The module's tree and its scopes. */
  public record Analysis(Ast.Module module, Scope scopes) {}

  public static Analysis analyze(String filename, byte[] source) throws PySyntaxError {
    return analyze(filename, Tokenizer.decode(source, filename));
  }

  public static Analysis analyze(String filename, String source) throws PySyntaxError {
    Ast.Module module = Parser.parse(filename, source);
    String[] lines = source.split("\r\n|\r|\n", -1);
    FutureFeatures.check(module, filename, lines);
    Scope scopes =
        SymbolTable.build(
            module, filename, line -> line >= 1 && line <= lines.length ? lines[line - 1] : null);
    return new Analysis(module, scopes);
  }

  /** Whether {@code name} is one of the language's (hard) keywords ({@code keyword.iskeyword}). */
  public static boolean isKeyword(String name) {
    return TokenStream.KEYWORDS.contains(name);
  }
}
