"""Monte-Carlo simulations driven by a seeded random.Random.

Exercises the random module's Mersenne Twister (random(), gauss(),
randrange(), uniform(), choice(), shuffle()), float accumulation,
collections.Counter and list-of-lists state.  Three experiments:
pi estimation by dart throwing, 2-D lattice random walks, and a
Gaussian-noise Brownian motion path.  The checksum is deterministic
because every experiment uses its own fixed seed.
"""

import math
import random
import sys
from collections import Counter

SIZE = 450000


def estimate_pi(rng, darts):
    inside = 0
    for _ in range(darts):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / darts


def lattice_walks(rng, walkers, steps):
    moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
    endpoints = Counter()
    total_sq = 0
    farthest = 0
    for _ in range(walkers):
        x = y = 0
        for _ in range(steps):
            dx, dy = moves[rng.randrange(4)]
            x += dx
            y += dy
        d2 = x * x + y * y
        total_sq += d2
        farthest = max(farthest, d2)
        endpoints[(x % 3, y % 3)] += 1
    # Counter.most_common ties are broken by insertion order, so sort
    # explicitly to stay independent of that detail.
    top = sorted(endpoints.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    return total_sq / walkers, farthest, top


def brownian(rng, steps, sigma):
    position = 0.0
    peak = trough = 0.0
    crossings = 0
    for _ in range(steps):
        prev = position
        position += rng.gauss(0.0, sigma)
        if (prev < 0.0) != (position < 0.0):
            crossings += 1
        if position > peak:
            peak = position
        elif position < trough:
            trough = position
    return position, peak, trough, crossings


def card_game(rng, rounds):
    deck = [(rank, suit) for suit in "SHDC" for rank in range(1, 14)]
    wins = 0
    for _ in range(rounds):
        rng.shuffle(deck)
        hand = deck[:5]
        high = max(rank for rank, _ in hand)
        if high >= rng.choice((10, 11, 12, 13)):
            wins += 1
        wins += rng.uniform(0.0, 1.0) < 0.25
    return wins


def run(n):
    n = max(n, 1)
    pi = estimate_pi(random.Random(42), n * 4)
    mean_sq, farthest, top = lattice_walks(random.Random(7), max(n // 100, 1), 100)
    final, peak, trough, crossings = brownian(random.Random(2024), n, 0.5)
    wins = card_game(random.Random(99), max(n // 50, 1))
    value = (pi + mean_sq + farthest + top[1] + final + peak - trough
             + crossings + wins)
    return round(value + math.fsum((top[0][0], top[0][1])), 6)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
