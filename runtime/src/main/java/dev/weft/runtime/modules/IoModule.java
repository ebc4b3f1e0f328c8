package dev.weft.runtime.modules;

import dev.weft.runtime.objects.BytesIO;
import dev.weft.runtime.objects.IoBase;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyModule;
import dev.weft.runtime.objects.StringIO;
import dev.weft.runtime.threads.ThreadState;

/**
 * {@code io}: the in-memory streams {@code StringIO} and {@code BytesIO}, their base classes,
 * {@code UnsupportedOperation} and the {@code SEEK_*} constants. Not yet: files ({@code open}).
 */
final class IoModule {
  private IoModule() {}

  static PyModule create(ThreadState ts) {
    PyModule m = new PyModule(ts, "io");
    m.put(ts, "StringIO", StringIO.TYPE);
    m.put(ts, "BytesIO", BytesIO.TYPE);
    m.put(ts, "IOBase", IoBase.IOBASE);
    m.put(ts, "TextIOBase", IoBase.TEXT_IOBASE);
    m.put(ts, "BufferedIOBase", IoBase.BUFFERED_IOBASE);
    m.put(ts, "UnsupportedOperation", IoBase.UNSUPPORTED);
    m.put(ts, "SEEK_SET", PyInt.small(0));
    m.put(ts, "SEEK_CUR", PyInt.small(1));
    m.put(ts, "SEEK_END", PyInt.small(2));
    m.dict.putStringSteal(ts, "DEFAULT_BUFFER_SIZE", PyInt.of(ts, 8192));
    return m;
  }
}
