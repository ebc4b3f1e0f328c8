package dev.weft.runtime.compiler;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded, reproducible mutations of the corpus, at the character and at the token
 * level, only ever compile or fail with a {@link PySyntaxError}: never another exception (a parser,
 * symbol-table or code-generator bug), never a hang.
 */
class ParserRobustnessTest {
  private static final long SEED = 0x5eed_f00dL;
  private static final int MUTANTS_PER_FILE = 1500;
  private static final String ALPHABET = "()[]{}:;,.=+-*/%@<>!~&|^'\"\\#\n\t xyz019_éf€\r";

  @Test
  void characterMutationsOnlyEverRaiseSyntaxErrors() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Random random = new Random(SEED);
          for (String file : CorpusParseTest.CORPUS) {
            String source = CorpusParseTest.corpus(file);
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
              parseOrSyntaxError(file, mutateCharacters(source, random), i);
            }
          }
        });
  }

  @Test
  void tokenMutationsOnlyEverRaiseSyntaxErrors() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          Random random = new Random(SEED + 1);
          for (String file : CorpusParseTest.CORPUS) {
            List<String> tokens = tokens(CorpusParseTest.corpus(file));
            for (int i = 0; i < MUTANTS_PER_FILE; i++) {
              parseOrSyntaxError(file, mutateTokens(tokens, random), i);
            }
          }
        });
  }

  @Test
  void deepNestingIsASyntaxErrorNotAStackOverflow() {
    String[] deep = {
      "not ".repeat(100_000) + "x\n",
      "2**".repeat(100_000) + "2\n",
      "-".repeat(100_000) + "1\n",
      "(".repeat(1_000) + "\n",
      "[".repeat(1_000) + "]".repeat(1_000) + "\n",
      "x = " + "lambda: ".repeat(100_000) + "0\n",
      "x = " + "a if b else ".repeat(100_000) + "c\n",
      "for " + "*".repeat(100_000) + "x in y: pass\n",
    };
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          for (String source : deep) {
            try {
              Parser.parse("deep.py", source);
              throw new AssertionError("parsed: " + source.substring(0, 20));
            } catch (PySyntaxError expected) {
              // refused cleanly
            }
          }
        });
  }

  private static void parseOrSyntaxError(String file, String source, int mutant) {
    try {
      CodeGenerator.compile(file, source); // the whole front end: parse, analyze, generate
    } catch (PySyntaxError expected) {
      // the only acceptable failure
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(
          "mutant " + mutant + " of " + file + " threw " + e + " for:\n" + source, e);
    }
  }

  private static String mutateCharacters(String source, Random random) {
    StringBuilder text = new StringBuilder(source);
    int edits = 1 + random.nextInt(4);
    for (int e = 0; e < edits && !text.isEmpty(); e++) {
      int at = random.nextInt(text.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> text.deleteCharAt(at);
        case 1 -> text.insert(at, c);
        default -> text.setCharAt(at, c);
      }
    }
    return text.toString();
  }

  /** Source pieces split at token boundaries (whitespace kept with the token before it). */
  private static List<String> tokens(String source) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= source.length(); i++) {
      if (i == source.length()
          || Character.isWhitespace(source.charAt(i))
              != Character.isWhitespace(source.charAt(i - 1))
          || "()[]{},:".indexOf(source.charAt(i)) >= 0) {
        pieces.add(source.substring(start, i));
        start = i;
      }
    }
    return pieces;
  }

  private static String mutateTokens(List<String> tokens, Random random) {
    List<String> mutant = new ArrayList<>(tokens);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && mutant.size() > 1; e++) {
      int a = random.nextInt(mutant.size());
      int b = random.nextInt(mutant.size());
      switch (random.nextInt(3)) {
        case 0 -> mutant.remove(a);
        case 1 -> mutant.add(a, mutant.get(b));
        default -> {
          String t = mutant.get(a);
          mutant.set(a, mutant.get(b));
          mutant.set(b, t);
        }
      }
    }
    return String.join("", mutant);
  }
}
