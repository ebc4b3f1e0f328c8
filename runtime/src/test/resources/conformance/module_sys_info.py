# sys's structured values: version_info, float_info, int_info, hash_info, and friends.
import sys

v = sys.version_info
print(v.major, v.minor, v[0], v[:2], len(v), v >= (3, 8), v < (4,), isinstance(v, tuple))
print(type(v).__name__, type(v).__module__, repr(type(v)))
print(v == (3, 11, 7, "final", 0) or v.major == 3)
major, minor, *rest = v
print(major, rest[1])
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max * 2, 1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 > 1.0)
print(sys.int_info)
print(sys.int_info.default_max_str_digits)
print(sys.hash_info)
print(hash(float("inf")) == sys.hash_info.inf, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.float_repr_style, sys.getdefaultencoding(), sys.maxsize == 2 ** 63 - 1)
for bad in (sys.version_info, sys.float_info):
    try:
        type(bad)((1, 2, 3))
    except TypeError as e:
        print(e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(type(e).__name__)
print(hash(sys.version_info) == hash(tuple(sys.version_info)))
