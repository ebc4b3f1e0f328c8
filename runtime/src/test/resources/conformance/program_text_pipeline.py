# Program: a lazy generator pipeline over embedded text: lines, tokens, normalisation, stats and n-grams.

TEXT = """\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair.

We had everything before us, we had nothing before us;
we were all going direct to Heaven, we were all going direct the other way --
in short, the period was so far like the present period, that some of its
noisiest authorities insisted on its being received, for good or for evil,
in the superlative degree of comparison only.
"""

STOP_WORDS = frozenset("the of it was we to in a on for or that its so all".split())


def lines(text):
    number = 0
    for raw in text.splitlines():
        number += 1
        yield number, raw


def non_blank(numbered):
    for number, line in numbered:
        if line.strip():
            yield number, line


def tokens(numbered):
    for number, line in numbered:
        word = []
        for ch in line + " ":
            if ch.isalpha() or ch == "'":
                word.append(ch)
            elif word:
                yield number, "".join(word)
                word = []


def lowercase(tokens_in):
    for number, tok in tokens_in:
        yield number, tok.lower()


def without(stop, tokens_in):
    for number, tok in tokens_in:
        if tok not in stop:
            yield number, tok


def counted(stage, counter, name):
    for item in stage:
        counter[name] = counter.get(name, 0) + 1
        yield item


def ngrams(words, n):
    window = []
    for w in words:
        window.append(w)
        if len(window) > n:
            del window[0]
        if len(window) == n:
            yield tuple(window)


def top(counts, k):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]


class Index:
    """Word -> sorted line numbers, built by consuming a pipeline."""

    def __init__(self, pairs):
        self.where = {}
        for number, word in pairs:
            bucket = self.where.setdefault(word, [])
            if not bucket or bucket[-1] != number:
                bucket.append(number)

    def lookup(self, word):
        return self.where.get(word.lower(), [])

    def __len__(self):
        return len(self.where)

    def __contains__(self, word):
        return word.lower() in self.where


stats = {}
pipeline = counted(
    without(STOP_WORDS, counted(lowercase(tokens(counted(non_blank(lines(TEXT)), stats, "lines"))), stats, "tokens")),
    stats, "kept")
freq = {}
for _, word in pipeline:
    freq[word] = freq.get(word, 0) + 1
print("stats:", stats)
print("distinct kept words:", len(freq))
print("top words:", top(freq, 8))

all_words = [w for _, w in lowercase(tokens(lines(TEXT)))]
bigrams = {}
for gram in ngrams(all_words, 2):
    bigrams[gram] = bigrams.get(gram, 0) + 1
print("top bigrams:", top(bigrams, 5))
tri = list(ngrams(all_words, 3))
print("first trigrams:", tri[:3], "count:", len(tri))

index = Index(lowercase(tokens(lines(TEXT))))
for w in ["age", "Times", "period", "hope", "zebra"]:
    print(f"{w!r:>9} in {index.lookup(w)} present={w in index}")
print("index size:", len(index))

lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:>2}: {', '.join(sorted(lengths[n]))}")

longest_line = max(non_blank(lines(TEXT)), key=lambda p: len(p[1]))
print("longest line:", longest_line[0], len(longest_line[1]))
caps = sorted({w for _, w in tokens(lines(TEXT)) if w[0].isupper()})
print("capitalised:", caps)
sentence_ends = [n for n, line in lines(TEXT) if line.rstrip().endswith((".", ";"))]
print("lines ending a clause:", sentence_ends)

lazy = without(STOP_WORDS, lowercase(tokens(lines(TEXT))))
first_five = [next(lazy)[1] for _ in range(5)]
print("first five content words:", first_five)
print("acronym:", "".join(w[0].upper() for w in first_five))
