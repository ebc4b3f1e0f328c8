"""Many small float-holding objects.

Exercises object allocation, __init__/__slots__-free attribute access,
methods returning new objects, operator overloading (__add__, __sub__,
__mul__), math.sin/cos/sqrt/atan2, max()/min() with key functions and a
float reduction over thousands of freshly built points.
"""

import math
import sys

SIZE = 120000


class Vec3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"Vec3({self.x!r}, {self.y!r}, {self.z!r})"

    def __add__(self, other):
        return Vec3(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec3(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def length(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def normalize(self):
        norm = self.length()
        if norm == 0.0:
            return self
        self.x /= norm
        self.y /= norm
        self.z /= norm
        return self

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


class Particle:
    def __init__(self, i):
        t = float(i)
        self.pos = Vec3(math.sin(t), math.cos(t) * 3.0, (t * t) / 2.0)
        self.vel = Vec3(math.cos(t * 0.5), 0.25, -math.sin(t * 0.25))

    def heading(self):
        return math.atan2(self.vel.y, self.vel.x)

    def step(self, dt):
        self.pos = self.pos + self.vel * dt


def maximum(points):
    it = iter(points)
    acc = next(it)
    acc = Vec3(acc.x, acc.y, acc.z)
    for p in it:
        acc.maximize(p)
    return acc


def centroid(points):
    total = Vec3(0.0, 0.0, 0.0)
    for p in points:
        total = total + p
    return total * (1.0 / len(points))


def run(n):
    n = max(n, 1)
    particles = [Particle(i) for i in range(n)]
    for p in particles:
        p.step(0.1)
    points = [p.pos for p in particles]
    for p in points:
        p.normalize()
    top = maximum(points)
    mid = centroid(points)
    farthest = max(points, key=lambda p: (p - mid).length())
    steepest = max(particles, key=Particle.heading)
    spread = sum((p - mid).dot(p - mid) for p in points) / len(points)
    value = (top.x + top.y + top.z + mid.length() + farthest.dot(top)
             + steepest.heading() + spread)
    return round(value, 6)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
