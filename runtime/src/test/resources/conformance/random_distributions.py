# Every real-valued distribution of random.Random: same formulas, draw order and rejection loops
# as CPython, so seeded values agree to the last bit; int parameters and the error cases too.
import random


def attempt(f, *args, **kwargs):
    try:
        return repr(f(*args, **kwargs))
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


def five(f, *args, **kwargs):
    return [f(*args, **kwargs) for _ in range(5)]


r = random.Random(2718)
print(five(r.uniform, 0, 1), five(r.uniform, -5, 5), five(r.uniform, 10, 2))
print(r.uniform(3, 3), r.uniform(10**17, 10**17 + 3), r.uniform(1.5, 2), r.uniform(True, 4))
print(five(r.triangular), five(r.triangular, 0, 10), five(r.triangular, 0, 10, 9))
print(five(r.triangular, 5, 1, 2), r.triangular(2, 2), r.triangular(2, 2, 2), r.triangular(1, 5, 5))
print(r.triangular(low=3), r.triangular(high=7, mode=6))
print(five(r.normalvariate), five(r.normalvariate, 100, 15), five(r.normalvariate, -1, 0))
print(five(r.gauss), five(r.gauss, 10, 2), r.gauss(mu=3), r.gauss(sigma=0.5))
print(five(r.lognormvariate, 0, 1), five(r.lognormvariate, 1, 0.25))
print(five(r.expovariate, 1), five(r.expovariate, 0.1), five(r.expovariate, -2))
print(five(r.vonmisesvariate, 0, 0), five(r.vonmisesvariate, 1, 4), five(r.vonmisesvariate, -3, 0.5))
print(five(r.vonmisesvariate, 10, 1e-7), five(r.vonmisesvariate, 2, 100))
print(five(r.gammavariate, 0.5, 1), five(r.gammavariate, 1, 2), five(r.gammavariate, 2.5, 3))
print(five(r.gammavariate, 0.01, 1), five(r.gammavariate, 100, 0.5), five(r.gammavariate, 9, 1))
print(five(r.betavariate, 2, 3), five(r.betavariate, 0.5, 0.5), five(r.betavariate, 1, 1))
print(five(r.betavariate, 0.001, 5))
print(five(r.paretovariate, 1), five(r.paretovariate, 3.5), five(r.paretovariate, 0.25))
print(five(r.weibullvariate, 1, 1), five(r.weibullvariate, 2, 0.5), five(r.weibullvariate, 0.5, 5))

print(attempt(r.uniform, "a", 1), attempt(r.uniform, 1, "b"), attempt(r.uniform, 1))
print(attempt(r.triangular, 0, 1, "x"), attempt(r.triangular, 1, 2, 3, 4))
print(attempt(r.normalvariate, 0, "s"), attempt(r.normalvariate, "m", 1.0))
print(attempt(r.gauss, 1, None), attempt(r.lognormvariate, 0), attempt(r.lognormvariate, 1000, 0.001))
print(attempt(r.expovariate, 0), attempt(r.expovariate), attempt(r.expovariate, "x"))
print(attempt(r.vonmisesvariate, 0, "k"), attempt(r.vonmisesvariate, "m", 1))
print(attempt(r.gammavariate, 0, 1), attempt(r.gammavariate, 1, -1), attempt(r.gammavariate, "a", 1))
print(attempt(r.betavariate, 0, 1), attempt(r.betavariate, 1, 0))
print(attempt(r.paretovariate, 0), attempt(r.paretovariate, 1e-300), attempt(r.paretovariate, "a"))
print(attempt(r.weibullvariate, 1, 0), attempt(r.weibullvariate, "a", 1))

r.seed(1)
print(r.gauss(), r.getstate()[2], r.gauss(), r.getstate()[2])
r.gauss_next = 0.25
print(r.gauss(), r.gauss_next, r.gauss(5, 2), r.gauss_next is None)
r.gauss_next = 2
print(r.gauss(1, 3), type(r.gauss_next).__name__)

random.seed(3)
print(random.uniform(0, 100), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 1))
print(random.expovariate(2), random.betavariate(3, 3), random.gammavariate(3, 1))
print(random.lognormvariate(0, 0.5), random.vonmisesvariate(0, 1), random.paretovariate(2))
print(random.weibullvariate(1, 1.5), random.triangular(0, 1, 0.2))
total = sum(random.gauss(0, 1) for _ in range(1000))
print(total)
