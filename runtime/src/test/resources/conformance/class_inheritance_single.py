# Checks single inheritance: overriding, extending via super(), attribute lookup through bases.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, a kind of " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(type(a).__name__, a.speak(), "|", a.kind())
p = Puppy("bit", 1)
print(p.age, p.name, isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal))
print(issubclass(Animal, Dog), Puppy.__bases__[0].__name__, Puppy.__base__.__name__)
print([c.__name__ for c in Puppy.__mro__])
class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
print(Derived.template is Base.template, "hook" in Derived.__dict__, "template" in Derived.__dict__)
