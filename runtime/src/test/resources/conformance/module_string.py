# The string module: constants, capwords, Template.
import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits",
             "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)))
print(string.capwords("  hello   world  "), string.capwords("a-b c-d", "-"), repr(string.capwords("")))

t = string.Template("$who likes ${what} $$ $x")
print(t.substitute(who="tim", what="kung pao", x=1), t.template)
print(t.safe_substitute(who="a"), t.safe_substitute({"x": 2}, who="b"))
print(string.Template("$a").substitute({"a": 5}, a=6), string.Template("$a$b").substitute(dict(a=1, b=2)))
print(t.get_identifiers(), t.is_valid(), string.Template("${1}").is_valid(), string.Template("$ x").is_valid())
print(string.Template("$who $").safe_substitute(who=1), string.Template("$_ok9 ${_x}").substitute(_ok9=1, _x=2))
print(string.Template("tail $").safe_substitute(), string.Template("$$$a").substitute(a="!"))


class Percent(string.Template):
    delimiter = "%"


print(Percent("%a and %{b} %%").substitute(a=1, b=2), Percent("%a").template)


class Sub(string.Template):
    pass


s = Sub("$x")
s.extra = 1
print(s.substitute(x=3), s.extra, isinstance(s, string.Template), type(s).__name__)

for bad in [
    lambda: string.Template("$who $").substitute(who=1),
    lambda: string.Template("$who").substitute(),
    lambda: string.Template("x\n  ${ }").substitute(),
    lambda: string.Template("${who").substitute(who=1),
    lambda: string.Template("$a").substitute({}, {}),
]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
