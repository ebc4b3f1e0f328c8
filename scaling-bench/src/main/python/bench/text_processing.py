"""Text processing over a generated corpus.

Exercises string building (join, f-strings, format specs), str methods
(split, lower, upper, strip, replace, startswith, endswith, isalpha,
capitalize, count, find), slicing, dict counting with get(), sorting
with key functions, n-gram tuples as dict keys and a word-wrapping pass.
The corpus is generated deterministically in-program from a syllable
table with a small linear congruential generator.
"""

import sys

SIZE = 20000

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "be", "da",
             "gu", "po", "shi", "tren", "qua", "xel", "or", "an", "el", "um"]
PUNCT = [".", ",", ";", "!", "?", ":", ""]


def generate_corpus(sentences, seed=1):
    state = seed

    def rnd(bound):
        nonlocal state
        state = (state * 1664525 + 1013904223) % 4294967296
        return (state >> 11) % bound

    vocab = []
    for i in range(400):
        parts = [SYLLABLES[rnd(len(SYLLABLES))] for _ in range(1 + rnd(3))]
        vocab.append("".join(parts))
    lines = []
    for s in range(sentences):
        length = 4 + rnd(12)
        # skew word choice toward the start of the vocabulary (Zipf-like)
        words = [vocab[min(rnd(400), rnd(400), rnd(400))] for _ in range(length)]
        words[0] = words[0].capitalize()
        if rnd(5) == 0:
            words.insert(rnd(len(words)), f"#{s % 97:02d}")
        lines.append(" ".join(words) + PUNCT[rnd(len(PUNCT))])
    return "\n".join(lines)


def tokenize(text):
    tokens = []
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(".,;!?:").lower()
            if word and word.isalpha():
                tokens.append(word)
    return tokens


def word_frequencies(tokens):
    counts = {}
    for t in tokens:
        counts[t] = counts.get(t, 0) + 1
    return counts


def ngrams(tokens, k):
    table = {}
    for i in range(len(tokens) - k + 1):
        key = tuple(tokens[i:i + k])
        table[key] = table.get(key, 0) + 1
    return table


def wrap(text, width):
    out = []
    line = ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out


def report(counts, limit):
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    rows = [f"{rank:>3}. {word:<12}|{count:6d}|{count / len(counts):8.3f}"
            for rank, (word, count) in enumerate(ranked, 1)]
    return "\n".join(rows)


def run(n):
    text = generate_corpus(n)
    tokens = tokenize(text)
    counts = word_frequencies(tokens)
    bigrams = ngrams(tokens, 2)
    trigrams = ngrams(tokens, 3)
    table = report(counts, 25)
    common_bigram = min(bigrams.items(), key=lambda kv: (-kv[1], kv[0])) if bigrams else (("", ""), 0)
    wrapped = wrap(text.replace("\n", " "), 60)
    shouting = sum(1 for w in tokens if w.upper().endswith("A"))
    prefixed = sum(1 for w in tokens if w.startswith(("ka", "tren")))
    tags = text.count("#")
    first_qua = text.find("qua")
    vowels = sum(text.count(v) for v in "aeiou")
    checksum = 0
    for ch in table + "".join(common_bigram[0]):
        checksum = (checksum * 131 + ord(ch)) % 1000000007
    for line in wrapped:
        checksum = (checksum + len(line) * 7) % 1000000007
    return (f"{len(tokens)}:{len(counts)}:{len(bigrams)}:{len(trigrams)}:"
            f"{common_bigram[1]}:{len(wrapped)}:{shouting}:{prefixed}:{tags}:"
            f"{first_qua}:{vowels}:{checksum}")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
