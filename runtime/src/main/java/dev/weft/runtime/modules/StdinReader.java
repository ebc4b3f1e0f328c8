package dev.weft.runtime.modules;

import dev.weft.runtime.threads.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The text side of {@code sys.stdin}: UTF-8, lines split at {@code \n} only and nothing translated
 * (CPython opens stdin with {@code newline="\n"} on POSIX). Reads are serialized on the reader, and
 * a thread blocked reading is detached, so that a program waiting for input never holds up
 * stop-the-world or QSBR.
 */
final class StdinReader {
  private final Reader in;

  StdinReader(InputStream stream) {
    Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8);
    this.in = new java.io.BufferedReader(reader);
  }

  /** One line with its {@code \n}, at most {@code limit} characters (-1: no limit); "" at EOF. */
  String readLine(ThreadState ts, long limit) {
    ts.detach();
    try {
      synchronized (in) {
        StringBuilder sb = new StringBuilder();
        while (limit < 0 || sb.length() < limit) {
          int c = next();
          if (c < 0) {
            break;
          }
          sb.append((char) c);
          if (c == '\n') {
            break;
          }
        }
        return sb.toString();
      }
    } catch (IOException e) {
      return "";
    } finally {
      ts.attach();
    }
  }

  /** Up to {@code limit} characters (-1: everything to EOF). */
  String read(ThreadState ts, long limit) {
    ts.detach();
    try {
      synchronized (in) {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((limit < 0 || sb.length() < limit) && (c = next()) >= 0) {
          sb.append((char) c);
        }
        return sb.toString();
      }
    } catch (IOException e) {
      return "";
    } finally {
      ts.attach();
    }
  }

  private int next() throws IOException {
    return in.read();
  }
}
