"""Float arithmetic in a tight loop: a damped spring integrated with explicit Euler steps."""
from harness import measure, size


def simulate(steps):
    x, v = 1.0, 0.0
    k, c, dt = 4.0, 0.1, 0.001
    energy = 0.0
    for _ in range(steps):
        a = -k * x - c * v
        v += a * dt
        x += v * dt
        energy += 0.5 * v * v + 0.5 * k * x * x
    return x, v, energy


measure(lambda: round(simulate(size(200000))[2], 6))
