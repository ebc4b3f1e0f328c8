# Checks an uncaught AttributeError on None: 'NoneType' object has no attribute ...
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


def length(node):
    n = 0
    while node is not None:
        n += 1
        node = node.next
    return n


head = Node(1, Node(2, Node(3)))
print("length", length(head), "last has next:", head.next.next.next)
try:
    head.next.next.next.value
except AttributeError as e:
    print("caught:", e)
print(getattr(None, "value", "default"), hasattr(None, "value"))
node = head
for _ in range(4):
    print("value", node.value)
    node = node.next
print("not reached")
