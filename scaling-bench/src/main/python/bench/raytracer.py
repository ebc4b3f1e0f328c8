"""A small recursive ray tracer.

Exercises vector classes with operator overloading, polymorphic scene
objects (spheres and planes sharing an intersect/normal interface),
lights with Lambert + Phong shading, shadow rays, recursive reflection,
float math and writing RGB triples into a flat pixel buffer.
The image is n x n pixels; the checksum digests the quantised buffer.
"""

import math
import sys

SIZE = 190
EPSILON = 1e-7
MAX_DEPTH = 3


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return V(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self.scale(1.0 / self.norm())

    def reflect(self, normal):
        return self - normal.scale(2.0 * self.dot(normal))


BLACK = V(0.0, 0.0, 0.0)


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.4, shininess=30.0,
                 reflectivity=0.0, checker=False):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflectivity = reflectivity
        self.checker = checker

    def color_at(self, point):
        if self.checker:
            if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
                return self.color
            return self.color.scale(0.3)
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius2 = radius * radius
        self.material = material

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, origin, direction):
        denom = direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Scene:
    def __init__(self):
        self.objects = [
            Plane(V(0.0, -1.0, 0.0), V(0.0, 1.0, 0.0),
                  Material(V(0.9, 0.9, 0.9), reflectivity=0.2, checker=True)),
            Sphere(V(0.0, 0.0, 5.0), 1.0, Material(V(1.0, 0.2, 0.2), reflectivity=0.3)),
            Sphere(V(-2.0, -0.3, 6.0), 0.7, Material(V(0.2, 1.0, 0.3))),
            Sphere(V(1.8, 0.4, 4.0), 0.6, Material(V(0.3, 0.4, 1.0), reflectivity=0.5)),
        ]
        self.lights = [Light(V(-5.0, 6.0, -2.0), V(1.0, 1.0, 1.0)),
                       Light(V(4.0, 3.0, 1.0), V(0.4, 0.4, 0.5))]
        self.ambient = 0.08

    def nearest(self, origin, direction):
        best_t = math.inf
        best = None
        for obj in self.objects:
            t = obj.intersect(origin, direction)
            if t is not None and t < best_t:
                best_t, best = t, obj
        return best, best_t

    def shadowed(self, point, to_light, distance):
        for obj in self.objects:
            t = obj.intersect(point, to_light)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            k = 0.5 * (direction.y + 1.0)
            return V(0.2, 0.3, 0.5).scale(k)
        point = origin + direction.scale(t)
        normal = obj.normal_at(point)
        mat = obj.material
        base = mat.color_at(point)
        color = base.scale(self.ambient)
        for light in self.lights:
            offset = light.position - point
            distance = offset.norm()
            to_light = offset.scale(1.0 / distance)
            lambert = normal.dot(to_light)
            if lambert <= 0.0 or self.shadowed(point, to_light, distance):
                continue
            color = color + base.mul(light.color).scale(mat.diffuse * lambert)
            half = (to_light - direction).unit()
            spec = max(normal.dot(half), 0.0) ** mat.shininess
            color = color + light.color.scale(mat.specular * spec)
        if mat.reflectivity > 0.0 and depth < MAX_DEPTH:
            bounce = direction.reflect(normal)
            color = color + self.trace(point, bounce, depth + 1).scale(mat.reflectivity)
        return color


def render(scene, width, height):
    pixels = [0] * (width * height * 3)
    eye = V(0.0, 0.5, -1.0)
    aspect = width / height
    for py in range(height):
        sy = 1.0 - 2.0 * (py + 0.5) / height
        for px in range(width):
            sx = (2.0 * (px + 0.5) / width - 1.0) * aspect
            direction = V(sx, sy - 0.25, 1.5).unit()
            c = scene.trace(eye, direction, 0)
            i = (py * width + px) * 3
            pixels[i] = min(255, int(c.x * 255.0))
            pixels[i + 1] = min(255, int(c.y * 255.0))
            pixels[i + 2] = min(255, int(c.z * 255.0))
    return pixels


def run(n):
    n = max(n, 1)
    pixels = render(Scene(), n, n)
    digest = 0
    for i, v in enumerate(pixels):
        digest = (digest * 257 + v + i) % 2147483647
    return f"{sum(pixels)}:{digest}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
