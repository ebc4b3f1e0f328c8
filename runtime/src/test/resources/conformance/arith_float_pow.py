# Float ** is the C library's pow, as in CPython: the last bit matches too.
state = 12345


def rnd():
    global state
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    return state / 0x7FFFFFFF


out = []
for i in range(400):
    x = rnd() * 10
    y = rnd() * 6 - 3
    out.append((x ** y).hex())
print(len(set(out)), out[:5])
print(hash(tuple(out)) == hash(tuple(out)), "".join(out)[-60:])
print((1.1 ** 1.1).hex(), (2.5 ** -0.7).hex(), (10.0 ** 0.3).hex(), pow(7.3, 2.9).hex(), (3 ** -2.5).hex())
print(2 ** -3, (-8.0) ** (1 / 3) if False else 0, 0.5 ** 1074 == 5e-324 or (0.5 ** 1074).hex())
