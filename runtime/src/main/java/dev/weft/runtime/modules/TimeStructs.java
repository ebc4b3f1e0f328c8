package dev.weft.runtime.modules;

import dev.weft.runtime.objects.Exc;
import dev.weft.runtime.objects.PyFloat;
import dev.weft.runtime.objects.PyInt;
import dev.weft.runtime.objects.PyObject;
import dev.weft.runtime.objects.PySingleton;
import dev.weft.runtime.objects.PyStr;
import dev.weft.runtime.objects.PyTuple;
import dev.weft.runtime.objects.StructSeq;
import dev.weft.runtime.threads.ThreadState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The calendar half of {@code time}: {@code gmtime}, {@code localtime}, {@code mktime}, {@code
 * asctime}, {@code ctime}, {@code strftime} and the time-zone constants, with CPython 3.11's
 * argument rules ({@code time_t} conversion rounding down, {@code gettmarg}, {@code checktm}) and
 * its messages. The local zone is the JVM's default, which follows {@code TZ} as glibc does.
 */
final class TimeStructs {
  private TimeStructs() {}

  private static final String[] DAY_ABBR = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  private static final String[] MONTH_ABBR = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  static TimeZone zone() {
    return TimeZone.getDefault();
  }

  /** CPython's {@code _PyTime_ObjectToTime_t} with {@code _PyTime_ROUND_FLOOR}; null means now. */
  static long seconds(ThreadState ts, PyObject secs) {
    if (secs == null || secs == PySingleton.NONE) {
      return Math.floorDiv(System.currentTimeMillis(), 1000);
    }
    if (secs instanceof PyFloat f) {
      double d = f.value;
      if (Double.isNaN(d)) {
        throw Exc.valueError(ts, "Invalid value NaN (not a number)");
      }
      double floor = Math.floor(d);
      if (!(floor >= -0x1p63 && floor < 0x1p63)) {
        throw outOfRange(ts);
      }
      return (long) floor;
    }
    if (secs instanceof PyInt i) {
      if (i.isBig()) {
        throw outOfRange(ts);
      }
      return i.value;
    }
    throw Exc.typeError(ts, "'" + secs.typeName() + "' object cannot be interpreted as an integer");
  }

  private static RuntimeException outOfRange(ThreadState ts) {
    return Exc.raise(ts, Exc.OverflowError, "timestamp out of range for platform time_t");
  }

  /** {@code gmtime(secs)} or {@code localtime(secs)} as a {@code struct_time}. */
  static PyTuple structTime(ThreadState ts, long secs, boolean local) {
    ZonedDateTime t;
    try {
      t = Instant.ofEpochSecond(secs).atZone(local ? zone().toZoneId() : ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      throw outOfRange(ts);
    }
    boolean dst = local && zone().toZoneId().getRules().isDaylightSavings(t.toInstant());
    String name = local ? zone().getDisplayName(dst, TimeZone.SHORT, Locale.ROOT) : "GMT";
    return StructSeq.of(
        ts,
        StructSeq.STRUCT_TIME,
        PyInt.of(ts, t.getYear()),
        PyInt.of(ts, t.getMonthValue()),
        PyInt.of(ts, t.getDayOfMonth()),
        PyInt.of(ts, t.getHour()),
        PyInt.of(ts, t.getMinute()),
        PyInt.of(ts, t.getSecond()),
        PyInt.of(ts, t.getDayOfWeek().getValue() - 1),
        PyInt.of(ts, t.getDayOfYear()),
        PyInt.of(ts, dst ? 1 : 0),
        PyStr.of(ts, name),
        PyInt.of(ts, t.getOffset().getTotalSeconds()));
  }

  /**
   * CPython's {@code gettmarg}: a 9-tuple or a {@code struct_time} as a C {@code struct tm} (month
   * and year days from 0, week days from Sunday); a struct_time also brings its zone and offset.
   */
  static Strftime.Tm tmArgument(ThreadState ts, PyObject t, String function) {
    if (!(t instanceof PyTuple tuple)) {
      throw Exc.typeError(ts, "Tuple or struct_time argument required");
    }
    PyObject[] items = tuple.items;
    if (items.length != 9) {
      throw Exc.typeError(ts, function + "(): illegal time tuple argument");
    }
    int[] v = new int[9];
    for (int i = 0; i < 9; i++) {
      if (!(items[i] instanceof PyInt)) {
        throw Exc.typeError(
            ts, "'" + items[i].typeName() + "' object cannot be interpreted as an integer");
      }
      long x = ((PyInt) items[i]).isBig() ? Long.MAX_VALUE : ((PyInt) items[i]).value;
      if (x < Integer.MIN_VALUE || x > Integer.MAX_VALUE) {
        throw Exc.raise(ts, Exc.OverflowError, "signed integer is greater than maximum");
      }
      v[i] = (int) x;
    }
    String zone = null;
    long gmtoff = 0;
    if (t.type == StructSeq.STRUCT_TIME.type()) {
      PyObject z = dev.weft.runtime.objects.Ops.getattr(ts, t, "tm_zone");
      PyObject off = dev.weft.runtime.objects.Ops.getattr(ts, t, "tm_gmtoff");
      zone = z instanceof PyStr s ? s.value : null;
      gmtoff = off instanceof PyInt i && !i.isBig() ? i.value : 0;
      dev.weft.runtime.objects.Ops.decref(ts, z);
      dev.weft.runtime.objects.Ops.decref(ts, off);
    }
    if (zone == null) {
      zone = zone().getDisplayName(v[8] > 0, TimeZone.SHORT, Locale.ROOT);
    }
    return new Strftime.Tm(
        v[0], v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7, v[7] - 1, v[8], zone, gmtoff);
  }

  /**
   * CPython's {@code checktm}, after turning a zero month, day or year day into the first one and
   * clamping the DST flag, as {@code strftime} and {@code asctime} both do.
   */
  static Strftime.Tm check(ThreadState ts, Strftime.Tm tm) {
    int mon = tm.mon() == -1 ? 0 : tm.mon();
    int mday = tm.mday() == 0 ? 1 : tm.mday();
    int yday = tm.yday() == -1 ? 0 : tm.yday();
    int isdst = Math.max(-1, Math.min(1, tm.isdst()));
    String problem = null;
    if (mon < 0 || mon > 11) {
      problem = "month out of range";
    } else if (mday < 1 || mday > 31) {
      problem = "day of month out of range";
    } else if (tm.hour() < 0 || tm.hour() > 23) {
      problem = "hour out of range";
    } else if (tm.min() < 0 || tm.min() > 59) {
      problem = "minute out of range";
    } else if (tm.sec() < 0 || tm.sec() > 61) {
      problem = "seconds out of range";
    } else if (tm.wday() < 0) {
      problem = "day of week out of range";
    } else if (yday < 0 || yday > 365) {
      problem = "day of year out of range";
    }
    if (problem != null) {
      throw Exc.valueError(ts, problem);
    }
    return new Strftime.Tm(
        tm.year(),
        mon,
        mday,
        tm.hour(),
        tm.min(),
        tm.sec(),
        tm.wday(),
        yday,
        isdst,
        tm.zone(),
        tm.gmtoff());
  }

  /** CPython's own {@code _asctime}, the same on every platform. */
  static String asctime(Strftime.Tm tm) {
    return String.format(
        "%s %s%3d %02d:%02d:%02d %d",
        DAY_ABBR[tm.wday()],
        MONTH_ABBR[tm.mon()],
        tm.mday(),
        tm.hour(),
        tm.min(),
        tm.sec(),
        tm.year());
  }

  /** C's {@code mktime}: the fields are local time and may be out of range (they carry over). */
  static double mktime(ThreadState ts, Strftime.Tm tm) {
    try {
      LocalDateTime local =
          LocalDateTime.of(tm.year(), 1, 1, 0, 0)
              .plusMonths(tm.mon())
              .plusDays(tm.mday() - 1L)
              .plusHours(tm.hour())
              .plusMinutes(tm.min())
              .plusSeconds(tm.sec());
      return local.atZone(zone().toZoneId()).toEpochSecond();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      throw Exc.raise(ts, Exc.OverflowError, "mktime argument out of range");
    }
  }

  /** Seconds since the epoch of a broken-down time, for strftime's {@code %s}. */
  static long epochSeconds(Strftime.Tm tm) {
    try {
      return LocalDateTime.of(tm.year(), 1, 1, 0, 0)
          .plusMonths(tm.mon())
          .plusDays(tm.mday() - 1L)
          .plusHours(tm.hour())
          .plusMinutes(tm.min())
          .plusSeconds(tm.sec())
          .atZone(zone().toZoneId())
          .toEpochSecond();
    } catch (java.time.DateTimeException | ArithmeticException e) {
      return -1;
    }
  }

  /**
   * {@code timezone}, {@code altzone}, {@code daylight} and {@code tzname} as CPython's {@code
   * init_timezone} finds them: the offsets in January and July of this year, the larger one being
   * standard time (so the southern hemisphere comes out right).
   */
  static Object[] zoneConstants() {
    ZoneId id = zone().toZoneId();
    int year = java.time.Year.now(id).getValue();
    Instant jan = LocalDateTime.of(year, 1, 1, 0, 0).atZone(id).toInstant();
    Instant jul = LocalDateTime.of(year, 7, 1, 0, 0).atZone(id).toInstant();
    int janWest = -id.getRules().getOffset(jan).getTotalSeconds();
    int julWest = -id.getRules().getOffset(jul).getTotalSeconds();
    String janName = zone().getDisplayName(id.getRules().isDaylightSavings(jan), 0, Locale.ROOT);
    String julName = zone().getDisplayName(id.getRules().isDaylightSavings(jul), 0, Locale.ROOT);
    if (janWest < julWest) { // the southern hemisphere: January is summer
      return new Object[] {julWest, janWest, 1, julName, janName};
    }
    return new Object[] {janWest, julWest, janWest != julWest ? 1 : 0, janName, julName};
  }
}
