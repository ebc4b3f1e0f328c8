# Program: Huffman coding with a hand-written heap, bit packing into bytes, and decoding via tree walks.


class Leaf:
    __slots__ = ("symbol", "weight")

    def __init__(self, symbol, weight):
        self.symbol = symbol
        self.weight = weight

    def walk(self, prefix, table):
        table[self.symbol] = prefix or "0"


class Branch:
    __slots__ = ("left", "right", "weight")

    def __init__(self, left, right):
        self.left = left
        self.right = right
        self.weight = left.weight + right.weight

    def walk(self, prefix, table):
        self.left.walk(prefix + "0", table)
        self.right.walk(prefix + "1", table)


class Heap:
    def __init__(self):
        self.items = []

    def push(self, key, value):
        items = self.items
        items.append((key, value))
        i = len(items) - 1
        while i and items[(i - 1) // 2][0] > items[i][0]:
            parent = (i - 1) // 2
            items[i], items[parent] = items[parent], items[i]
            i = parent

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            while True:
                child = 2 * i + 1
                if child >= len(items):
                    break
                if child + 1 < len(items) and items[child + 1][0] < items[child][0]:
                    child += 1
                if items[child][0] < items[i][0]:
                    items[i], items[child] = items[child], items[i]
                    i = child
                else:
                    break
        return top

    def __len__(self):
        return len(self.items)


class Huffman:
    def __init__(self, text):
        if not text:
            raise ValueError("cannot build a code for empty text")
        freq = {}
        for ch in text:
            freq[ch] = freq.get(ch, 0) + 1
        self.freq = freq
        heap = Heap()
        order = 0
        for sym in sorted(freq):
            heap.push((freq[sym], order), Leaf(sym, freq[sym]))
            order += 1
        while len(heap) > 1:
            (_, _), a = heap.pop()
            (_, _), b = heap.pop()
            node = Branch(a, b)
            heap.push((node.weight, order), node)
            order += 1
        self.root = heap.pop()[1]
        self.table = {}
        self.root.walk("", self.table)

    def encode(self, text):
        return "".join(self.table[ch] for ch in text)

    def decode(self, bits):
        if isinstance(self.root, Leaf):
            return self.root.symbol * len(bits)
        out = []
        node = self.root
        for b in bits:
            node = node.left if b == "0" else node.right
            if isinstance(node, Leaf):
                out.append(node.symbol)
                node = self.root
        if node is not self.root:
            raise ValueError("trailing bits do not form a symbol")
        return "".join(out)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(bin(byte)[2:].rjust(8, "0") for byte in data)
    return bits[:len(bits) - padding] if padding else bits


samples = [
    "abracadabra",
    "mississippi river",
    "aaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "ééé ààà ç",
]
for text in samples:
    h = Huffman(text)
    bits = h.encode(text)
    data, padding = pack(bits)
    restored = h.decode(unpack(data, padding))
    codes = ", ".join(f"{sym!r}:{h.table[sym]}" for sym in sorted(h.table, key=lambda s: (len(h.table[s]), s)))
    print(repr(text))
    print("  codes:", codes)
    print(f"  bits={len(bits)} bytes={len(data)} padding={padding} raw_bits={8 * len(text.encode('utf-8'))}")
    print("  packed:", data.hex() if len(data) <= 16 else data[:16].hex() + "...", "round trip:", restored == text)
    avg = sum(len(h.table[ch]) * n for ch, n in h.freq.items()) / len(text)
    print(f"  average code length {avg:.3f}")

h = Huffman("abracadabra")
print(h.decode("0101"), repr(h.decode("")))
for bad in ["", None]:
    try:
        Huffman(bad) if bad is not None else h.decode("1")
    except ValueError as e:
        print(type(e).__name__, e)
heap = Heap()
for v in [5, 1, 4, 1, 3]:
    heap.push(v, str(v))
print([heap.pop()[1] for _ in range(len(heap))])
