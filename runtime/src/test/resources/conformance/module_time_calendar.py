# time's calendar half: struct_time, gmtime, mktime/localtime round trips, asctime, strftime.
import time

t = time.gmtime(0)
print(t)
print(type(t).__name__, type(t).__module__, len(t), t[0], t[-1], t[:3])
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(time.gmtime(1.9).tm_sec, time.gmtime(-1.5))
print(time.gmtime(951782400))  # 2000-02-29
print(time.gmtime(2 ** 31))
print(tuple(time.gmtime(1234567890)))
print(time.gmtime(86400 * 365) == time.gmtime(86400 * 365), isinstance(t, tuple))
print(type(time.gmtime()).__name__, type(time.localtime()).__name__)

for secs in (0, 1000000, 1700000000, 1234567890.75):
    local = time.localtime(secs)
    print(time.mktime(local) == int(secs), time.ctime(secs) == time.asctime(local))

fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.asctime(fixed))
print(time.asctime((999, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.asctime(time.gmtime(0)))
for spec in ["%a %A %b %B", "%c", "%C %d %D %e", "%F %G %g %h", "%H %I %j %k %l",
             "%m %M %p %P", "%r %R", "%S %T %u %U %V %w %W", "%x %X %y %Y", "%%",
             "%Q %f %E", "%Ey %Oy", "trailing %", "%5Y|%-d|%_m|%^a|%#b|%010Y", "no directives",
             "%-H:%-M", "%3d"]:
    print(repr(spec), repr(time.strftime(spec, fixed)))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", time.gmtime(1700000000)))
print(repr(time.strftime("%Y %j %w", (2024, 0, 0, 0, 0, 0, -1, 0, -5))))

# ISO weeks at year boundaries
for secs in range(1703980800, 1704844800, 86400 * 2):
    print(time.strftime("%Y-%m-%d %a G=%G g=%g V=%V U=%U W=%W", time.gmtime(secs)))
for year in (2015, 2020, 2021, 2026):
    secs = time.mktime((year, 1, 1, 12, 0, 0, 0, 1, 0)) - time.mktime((1970, 1, 1, 12, 0, 0, 0, 1, 0))
    print(time.strftime("%G-W%V-%u", time.gmtime(secs)))

st = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0))
print(st, st.tm_zone, st.tm_gmtoff)
st11 = time.struct_time((2020, 5, 17, 1, 2, 3, 6, 138, 0, "XYZ", 3600))
print(st11, st11.tm_zone, st11.tm_gmtoff, len(st11))
print(type(st).n_sequence_fields, type(st).n_fields, type(st).n_unnamed_fields)

def err(f, *args):
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, 1, 32, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 24, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 62, 0, 1, 0), (2024, 1, 1, 0, 0, 0, -2, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 367, 0), (1, 2, 3), [2024, 1, 1, 0, 0, 0, 0, 1, 0]]:
    err(time.strftime, "%Y", bad)
print(time.asctime((2024, 0, 0, 0, 0, 0, 0, 0, 0)))
err(time.asctime, (2024, 1, 1, 0, 0, 0, -3, 1, 0))
err(time.gmtime, "x")
err(time.gmtime, float("nan"))
err(time.gmtime, 1e20)
err(time.mktime, (1, 2))
err(time.mktime, 5)
err(time.struct_time, (1, 2))
err(time.struct_time, (1,) * 12)
err(time.strftime, 5)
print(type(time.timezone).__name__, type(time.altzone).__name__, time.daylight in (0, 1))
print(type(time.tzname).__name__, len(time.tzname))
print(type(time.thread_time()).__name__, type(time.process_time_ns()).__name__)
