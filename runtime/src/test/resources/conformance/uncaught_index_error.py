# Checks an uncaught IndexError from a list access past the end inside a method.
class Queue:
    def __init__(self, items):
        self.items = list(items)
        self.pos = 0

    def take(self):
        item = self.items[self.pos]
        self.pos += 1
        return item

    def __len__(self):
        return len(self.items) - self.pos


letters = [c for c in "abc"]
print(letters[-1], letters[-3], letters[1:10])
try:
    letters[3]
except IndexError as e:
    print("caught:", e)
q = Queue("abc")
while True:
    print("took", q.take(), "remaining", len(q))
