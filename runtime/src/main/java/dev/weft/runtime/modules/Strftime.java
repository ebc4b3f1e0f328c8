package dev.weft.runtime.modules;

/**
 * {@code time.strftime} as glibc's {@code strftime} formats in the C locale, which is what CPython
 * calls on Linux: every conversion of C99 and POSIX, glibc's flags ({@code _ - 0 ^ #}) and field
 * widths, the {@code E}/{@code O} modifiers (ignored, as the C locale does), and unknown
 * conversions copied through as written ({@code %Q} stays {@code %Q}).
 */
final class Strftime {
  private Strftime() {}

  /** A broken-down time as C's {@code struct tm}, already checked and normalized by the caller. */
  record Tm(
      int year, // the full year, not year - 1900
      int mon, // 0-11
      int mday,
      int hour,
      int min,
      int sec,
      int wday, // 0-6, Sunday 0 (C's convention, not Python's)
      int yday, // 0-365
      int isdst,
      String zone,
      long gmtoff) {}

  private static final String[] DAYS = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
  };
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  static String format(String format, Tm tm, long epochSeconds) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = format.length();
    while (i < n) {
      char c = format.charAt(i);
      if (c != '%' || i + 1 == n) {
        out.append(c);
        i++;
        continue;
      }
      int start = i++;
      char flag = 0;
      while (i < n && "_-0^#".indexOf(format.charAt(i)) >= 0) {
        flag = format.charAt(i++);
      }
      int width = -1;
      while (i < n && Character.isDigit(format.charAt(i))) {
        width = Math.max(width, 0) * 10 + (format.charAt(i++) - '0');
      }
      if (i < n && (format.charAt(i) == 'E' || format.charAt(i) == 'O')) {
        i++;
      }
      if (i == n) {
        out.append(format, start, n);
        break;
      }
      char conv = format.charAt(i++);
      String text = conversion(conv, tm, epochSeconds);
      if (text == null) {
        out.append(format, start, i);
        continue;
      }
      out.append(pad(text, conv, flag, width));
    }
    return out.toString();
  }

  /** The text of one conversion with its natural padding, or null for an unknown one. */
  private static String conversion(char conv, Tm tm, long epochSeconds) {
    int hour12 = tm.hour % 12 == 0 ? 12 : tm.hour % 12;
    return switch (conv) {
      case 'a' -> DAYS[tm.wday].substring(0, 3);
      case 'A' -> DAYS[tm.wday];
      case 'b', 'h' -> MONTHS[tm.mon].substring(0, 3);
      case 'B' -> MONTHS[tm.mon];
      case 'c' ->
          conversion('a', tm, 0)
              + " "
              + conversion('b', tm, 0)
              + " "
              + conversion('e', tm, 0)
              + " "
              + conversion('T', tm, 0)
              + " "
              + tm.year;
      case 'C' -> two(Math.floorDiv(tm.year, 100));
      case 'd' -> two(tm.mday);
      case 'D', 'x' ->
          two(tm.mon + 1) + "/" + two(tm.mday) + "/" + two(Math.floorMod(tm.year, 100));
      case 'e' -> spaced(tm.mday);
      case 'F' -> tm.year + "-" + two(tm.mon + 1) + "-" + two(tm.mday);
      case 'G' -> Integer.toString(isoYear(tm));
      case 'g' -> two(Math.floorMod(isoYear(tm), 100));
      case 'H' -> two(tm.hour);
      case 'I' -> two(hour12);
      case 'j' -> String.format("%03d", tm.yday + 1);
      case 'k' -> spaced(tm.hour);
      case 'l' -> spaced(hour12);
      case 'm' -> two(tm.mon + 1);
      case 'M' -> two(tm.min);
      case 'n' -> "\n";
      case 'p' -> tm.hour < 12 ? "AM" : "PM";
      case 'P' -> tm.hour < 12 ? "am" : "pm";
      case 'r' ->
          two(hour12) + ":" + two(tm.min) + ":" + two(tm.sec) + " " + conversion('p', tm, 0);
      case 'R' -> two(tm.hour) + ":" + two(tm.min);
      case 's' -> Long.toString(epochSeconds);
      case 'S' -> two(tm.sec);
      case 't' -> "\t";
      case 'T', 'X' -> two(tm.hour) + ":" + two(tm.min) + ":" + two(tm.sec);
      case 'u' -> Integer.toString(tm.wday == 0 ? 7 : tm.wday);
      case 'U' -> two((tm.yday - tm.wday + 7) / 7);
      case 'V' -> two(isoWeek(tm));
      case 'w' -> Integer.toString(tm.wday);
      case 'W' -> two((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7);
      case 'y' -> two(Math.floorMod(tm.year, 100));
      case 'Y' -> Integer.toString(tm.year);
      case 'z' -> offset(tm.gmtoff);
      case 'Z' -> tm.zone;
      case '%' -> "%";
      default -> null;
    };
  }

  /** glibc's flags: '-' no padding, '_' spaces, '0' zeros, '^' upper case, '#' swapped case. */
  private static String pad(String text, char conv, char flag, int width) {
    boolean numeric = "CdDegGHIjklmMsSuUVwWyYz".indexOf(conv) >= 0 && !text.isEmpty();
    if (flag == '^' || (flag == '#' && "aAbBhp".indexOf(conv) >= 0)) {
      text = text.toUpperCase(java.util.Locale.ROOT);
    } else if (flag == '#' && conv == 'Z' || flag == '#' && conv == 'P') {
      text = text.toLowerCase(java.util.Locale.ROOT);
    }
    if (numeric && flag == '-') {
      text = strip(text);
    } else if (numeric && flag == '_') {
      String digits = strip(text);
      text = " ".repeat(text.length() - digits.length()) + digits;
    }
    if (width > text.length()) {
      char fill = numeric && flag != '_' || flag == '0' ? '0' : ' ';
      String padding = String.valueOf(fill).repeat(width - text.length());
      if (fill == '0' && (text.startsWith("-") || text.startsWith("+"))) {
        return text.charAt(0) + padding + text.substring(1);
      }
      return padding + text;
    }
    return text;
  }

  /** A number without its leading zeros or spaces (one zero stays). */
  private static String strip(String text) {
    int k = 0;
    while (k < text.length() - 1 && (text.charAt(k) == '0' || text.charAt(k) == ' ')) {
      k++;
    }
    return text.substring(k);
  }

  private static String two(int v) {
    return v >= 0 && v < 10 ? "0" + v : Integer.toString(v);
  }

  private static String spaced(int v) {
    return v >= 0 && v < 10 ? " " + v : Integer.toString(v);
  }

  private static String offset(long gmtoff) {
    long minutes = Math.abs(gmtoff) / 60;
    return (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
  }

  /** The ISO 8601 week number (1-53) of {@code tm}, by glibc's {@code iso_week_days} arithmetic. */
  private static int isoWeek(Tm tm) {
    int days = isoWeekDays(tm.yday, tm.wday);
    if (days < 0) {
      return isoWeekDays(tm.yday + yearDays(tm.year - 1), tm.wday) / 7 + 1;
    }
    int next = isoWeekDays(tm.yday - yearDays(tm.year), tm.wday);
    return next >= 0 ? 1 : days / 7 + 1;
  }

  private static int isoYear(Tm tm) {
    if (isoWeekDays(tm.yday, tm.wday) < 0) {
      return tm.year - 1;
    }
    return isoWeekDays(tm.yday - yearDays(tm.year), tm.wday) >= 0 ? tm.year + 1 : tm.year;
  }

  /** Days since the Monday of ISO week 1 of the year that {@code yday} counts in (may be < 0). */
  private static int isoWeekDays(int yday, int wday) {
    int bigEnough = 366 / 7 + 2;
    return yday - (yday - wday + 4 + bigEnough * 7) % 7 + 3;
  }

  private static int yearDays(int year) {
    return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 366 : 365;
  }
}
