# Which error a bad call reports when several apply, and how it counts keyword-only arguments.
def f(a, *, b=1, c=2):
    return a

def g(a, b=5):
    return a

class K:
    def m(self, x, *, y=0):
        return x

calls = [
    lambda: f(1, 2, b=3),
    lambda: f(1, 2, 3, b=3, c=4),
    lambda: f(1, 2),
    lambda: f(1, 2, bogus=3),
    lambda: g(1, 2, 3, a=4),
    lambda: g(1, 2, 3),
    lambda: g(),
    lambda: K().m(1, 2, y=3),
    lambda: K().m(1, 2),
    lambda: K().m(),
    lambda: K.m(),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
