# Checks class vs instance attributes, shadowing, mutation via class and attribute lookup errors.
class Config:
    level = 1
    tags = []
    def set_level(self, v):
        self.level = v
a = Config()
b = Config()
a.set_level(5)
print(a.level, b.level, Config.level)
Config.level = 10
print(a.level, b.level)
a.tags.append("shared")
print(b.tags, Config.tags)
b.tags = ["own"]
print(a.tags, b.tags)
del a.level
print(a.level)
try:
    del a.level
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(a.nope)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Config.nope)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "nope", "default"), hasattr(a, "tags"), hasattr(Config, "set_level"))
setattr(Config, "dynamic", lambda self: "dynamic method")
print(a.dynamic())
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
objs = [Counter() for _ in range(3)]
print([o.id for o in objs], Counter.instances)
print(sorted(k for k in vars(Config) if not k.startswith("__")))
