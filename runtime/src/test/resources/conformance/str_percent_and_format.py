# Checks %-formatting, str.format and a few Unicode-aware str and bytes methods against CPython.
print('%5.2f|%-5d|%x|%X|%o|%e|%g|%s|%r|%c|%%' % (3.14159, 3, 255, 255, 8, 12345.678, 0.0001, [1, 'a'], 'q', 65))
print('%(name)s is %(age)03d' % {'name': 'Ann', 'age': 7})
print('%*d|%-*.*f|' % (5, 42, 8, 2, 2.5))
print('%d %i %u' % (3.7, -2, 5), '%s' % (1,), '%s' % 'x', '%+d % d' % (5, 5))
print('%#x %#o %#X %05.1f %-8s|' % (255, 8, 255, -2.25, 'ab'))
for bad in [lambda: '%s %s' % ('a',), lambda: '%d' % 'x', lambda: '%s' % (1, 2), lambda: '%z' % 1]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print('{0:>8}|{1:<6.2f}|{name!r:^10}|{2[1]}|{3.real}'.format('r', 3.14159, [1, 2], 5, name='n'))
print('{:,} {:_b} {:08.3f} {:+.2e} {!s:>4}'.format(1234567, 10, -3.5, 12345.0, 7))
print('{{literal}} {0} {0}'.format('x'), 'a{}b{}'.format(1, 2))
for bad in ['{} {1}'.format, '{5}'.format, '{x}'.format, '}'.format]:
    try:
        bad('a')
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('ß'.upper(), 'ΑΣ'.lower(), 'hello world'.title(), 'ǅ'.lower(), 'abc'.center(9, '*'), '42'.zfill(5), '-42'.zfill(5))
print('a,b,,c'.split(','), ' a  b '.split(), 'a\nb\r\nc'.splitlines(), 'a\nb\n'.splitlines(True), 'x'.join('abc'))
print(b'hello world'.split(), b'a,b'.split(b','), b'  x '.strip(), b'abc'.upper(), bytes.fromhex('41 42'), b'abcabc'.count(b'b'))
