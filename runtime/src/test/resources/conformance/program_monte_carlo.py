"""Monte-Carlo experiments with a fixed seed: every figure depends on CPython's Mersenne Twister,
its float derivations and libm, so the output is a fingerprint of all three."""
import math
import random
from collections import Counter
from itertools import accumulate


def estimate_pi(rng, n):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    return 4 * inside / n


def random_walk(rng, steps):
    x = y = 0
    far = 0.0
    for _ in range(steps):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x, y = x + dx, y + dy
        far = max(far, math.hypot(x, y))
    return (x, y), far


def histogram(samples, lo, hi, bins, width=50):
    counts = Counter(min(bins - 1, int((s - lo) / (hi - lo) * bins)) for s in samples if lo <= s < hi)
    top = max(counts.values())
    for b in range(bins):
        left = lo + (hi - lo) * b / bins
        n = counts.get(b, 0)
        print(f"{left:+6.2f} {n:5d} {'*' * round(n / top * width)}")


def option_price(rng, spot, strike, rate, vol, years, paths):
    """A European call by simulation of geometric Brownian motion."""
    drift = (rate - 0.5 * vol * vol) * years
    spread = vol * math.sqrt(years)
    payoff = 0.0
    for _ in range(paths):
        end = spot * math.exp(drift + spread * rng.gauss(0.0, 1.0))
        payoff += max(end - strike, 0.0)
    return math.exp(-rate * years) * payoff / paths


def black_scholes(spot, strike, rate, vol, years):
    d1 = (math.log(spot / strike) + (rate + vol * vol / 2) * years) / (vol * math.sqrt(years))
    d2 = d1 - vol * math.sqrt(years)
    cdf = lambda x: 0.5 * (1 + math.erf(x / math.sqrt(2)))
    return spot * cdf(d1) - strike * math.exp(-rate * years) * cdf(d2)


def bootstrap_mean(rng, data, rounds):
    means = sorted(math.fsum(rng.choices(data, k=len(data))) / len(data) for _ in range(rounds))
    return means[int(0.025 * rounds)], means[int(0.975 * rounds)]


def main():
    rng = random.Random(12345)
    for n in (100, 1000, 10000, 50000):
        pi = estimate_pi(rng, n)
        print(f"pi ~ {pi:.5f} from {n:>6} points, error {abs(pi - math.pi):.2e}")

    for steps in (10, 100, 1000):
        end, far = random_walk(rng, steps)
        print(f"walk of {steps}: ends at {end}, farthest {far:.4f}")

    samples = [rng.gauss(0, 1) for _ in range(5000)]
    mean = math.fsum(samples) / len(samples)
    sd = math.sqrt(math.fsum((s - mean) ** 2 for s in samples) / (len(samples) - 1))
    print(f"gauss: mean {mean:.6f}, sd {sd:.6f}, min {min(samples):.4f}, max {max(samples):.4f}")
    histogram(samples, -3, 3, 12)

    mc = option_price(rng, 100.0, 105.0, 0.03, 0.2, 1.0, 20000)
    exact = black_scholes(100.0, 105.0, 0.03, 0.2, 1.0)
    print(f"call: simulated {mc:.4f}, closed form {exact:.4f}, diff {mc - exact:+.4f}")

    dice = Counter(rng.randint(1, 6) + rng.randint(1, 6) for _ in range(6000))
    print("two dice:", sorted(dice.items()))
    print("most common:", dice.most_common(3))

    data = [rng.expovariate(0.5) for _ in range(200)]
    lo, hi = bootstrap_mean(rng, data, 500)
    print(f"bootstrap 95% interval for the mean: [{lo:.4f}, {hi:.4f}]")

    deck = [r + s for s in "SHDC" for r in "23456789TJQKA"]
    rng.shuffle(deck)
    print("hand:", " ".join(deck[:5]), "| sample:", rng.sample(range(100), 6))
    weights = list(accumulate([1, 2, 3, 4]))
    print("weighted:", rng.choices("abcd", cum_weights=weights, k=12))
    print("other distributions:", [round(f(), 6) for f in (
        lambda: rng.uniform(2, 3), lambda: rng.triangular(0, 10, 3), lambda: rng.betavariate(2, 5),
        lambda: rng.gammavariate(2.0, 1.5), lambda: rng.lognormvariate(0, 0.5),
        lambda: rng.vonmisesvariate(1.0, 2.0), lambda: rng.paretovariate(3),
        lambda: rng.weibullvariate(1, 1.5))])
    print("state check:", rng.getrandbits(64), rng.random().hex())


if __name__ == "__main__":
    main()
