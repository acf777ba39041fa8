"""Vectorised hashing of words, word n-grams and character n-grams over a batch of texts (numpy).

A batch is one lower-cased string of code points with a newline before, between and after the
texts. Every word, n-gram and whitespace-separated chunk is named by a 64-bit hash of its
characters: polynomial prefix hashes modulo 2**64, then the splitmix64 finaliser. The hashes are
the same in every process and on every platform, so a vocabulary of hashes fitted at training time
can be saved with the model. No Python code runs per word or per n-gram.
"""

from __future__ import annotations

import re

import numpy

U64 = numpy.uint64
_RADIX = 0x9E3779B97F4A7C15  # odd, so it has an inverse modulo 2**64
_RADIX_INVERSE = pow(_RADIX, -1, 2**64)
_LENGTH_SALT = U64(0xD6E8FEB86659FD93)
_PAIR = U64(0xA0761D6478BD642F)
_JOINERS = (ord("'"), 0x2019, ord("-"))  # inside words: don't, don’t, end-to-end
_BMP = 0x10000
_tables: dict[str, numpy.ndarray] = {}
_powers: dict[int, numpy.ndarray] = {}


def mix(values: numpy.ndarray) -> numpy.ndarray:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    values = values ^ (values >> U64(30))
    values = values * U64(0xBF58476D1CE4E5B9)
    values = values ^ (values >> U64(27))
    values = values * U64(0x94D049BB133111EB)
    return values ^ (values >> U64(31))


def combine(left: numpy.ndarray, right: numpy.ndarray) -> numpy.ndarray:
    """The hash of a sequence extended by one item (word n-grams, lexicon phrases)."""
    return mix(left * _PAIR + right)


def _table(name: str, predicate) -> numpy.ndarray:
    """A boolean look-up table over the Basic Multilingual Plane, built once per process."""
    if name not in _tables:
        _tables[name] = numpy.array([predicate(chr(c)) for c in range(_BMP)], dtype=bool)
    return _tables[name]


def _classify(codes: numpy.ndarray, name: str, predicate) -> numpy.ndarray:
    result = _table(name, predicate)[numpy.minimum(codes, _BMP - 1)]
    high = codes >= _BMP
    if high.any():  # emoji and rare scripts: classified one distinct code point at a time
        values = numpy.unique(codes[high])
        answers = numpy.array([predicate(chr(c)) for c in values], dtype=bool)
        result[high] = answers[numpy.searchsorted(values, codes[high])]
    return result


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # Python's \w


def _power_table(base: int, size: int) -> numpy.ndarray:
    """base**0 .. base**(size-1) modulo 2**64, cached and grown by doubling."""
    table = _powers.get(base)
    if table is None or len(table) < size:
        length = max(size, 2 * len(table) if table is not None else 1024)
        table = numpy.empty(length, dtype=U64)
        table[0] = 1
        table[1:] = numpy.cumprod(numpy.full(length - 1, base, dtype=U64))
        _powers[base] = table
    return table[:size]


class TextBatch:
    """Texts lower-cased and joined into one array of code points, with per-position masks.

    `starts` / `ends` delimit each text; `row` maps every position to its text (the newline after a
    text belongs to it, the one at position 0 to the first text).
    """

    def __init__(self, texts: list[str]):
        lowered = [text.lower() for text in texts]
        lengths = numpy.fromiter(map(len, lowered), dtype=numpy.int64, count=len(lowered))
        joined = "\n" + "\n".join(lowered) + "\n" if lowered else "\n"
        codes = numpy.frombuffer(joined.encode("utf-32-le"), dtype=numpy.uint32)
        self.size = len(texts)
        self.starts = numpy.cumsum(lengths + 1) - lengths
        self.ends = self.starts + lengths
        self.row = numpy.zeros(len(codes), dtype=numpy.int64)
        self.row[1:] = numpy.repeat(numpy.arange(self.size), lengths + 1)
        self.space = _classify(codes, "space", str.isspace)
        self.word = _classify(codes, "word", _is_word)
        self.codes = numpy.where(self.space, 32, codes).astype(U64)  # every whitespace is one space
        self.text = joined
        weighted = self.codes * _power_table(_RADIX, len(codes))
        self.prefix = numpy.zeros(len(codes) + 1, dtype=U64)
        numpy.cumsum(weighted, out=self.prefix[1:])

    def classify(self, name: str, predicate) -> numpy.ndarray:
        """A boolean mask of the positions whose character satisfies `predicate` (e.g. str.isdecimal)."""
        return _classify(self.codes.astype(numpy.uint32), name, predicate)

    def span_hashes(self, starts: numpy.ndarray, ends: numpy.ndarray) -> numpy.ndarray:
        """The hash of each span [start, end) of the joined text (equal strings, equal hashes)."""
        inverse = _power_table(_RADIX_INVERSE, len(self.codes))
        lengths = (ends - starts).astype(U64)
        return mix((self.prefix[ends] - self.prefix[starts]) * inverse[starts] + lengths * _LENGTH_SALT)

    def words(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Words as the pattern `\\b\\w[\\w'’-]*\\b` finds them: (starts, ends, rows), in text order.

        A word is a run of word characters and joiners (' ’ -) without its leading and trailing joiners.
        """
        inside = self.word.copy()
        for joiner in _JOINERS:
            inside |= self.codes == joiner
        run = numpy.cumsum(inside & ~numpy.concatenate(([False], inside[:-1])))
        positions = numpy.flatnonzero(self.word)
        runs = run[positions]
        change = runs[1:] != runs[:-1]
        starts = positions[numpy.concatenate(([True], change))]
        ends = positions[numpy.concatenate((change, [True]))] + 1
        return starts, ends, self.row[starts]

    def matches(self, pattern: str) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Spans of a regular expression's matches (for token patterns other than `words`)."""
        spans = numpy.array([m.span() for m in re.finditer(pattern, self.text)], dtype=numpy.int64).reshape(-1, 2)
        return spans[:, 0], spans[:, 1], self.row[spans[:, 0]]

    def chunks(self) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
        """Whitespace-separated chunks, as `str.split()` gives them: (starts, ends, rows)."""
        solid = ~self.space
        edges = numpy.flatnonzero(numpy.diff(solid.astype(numpy.int8)))
        starts, ends = edges[0::2] + 1, edges[1::2] + 1  # the joined text starts and ends with a space
        return starts, ends, self.row[starts]

    def char_ngrams(self, low: int, high: int, analyzer: str = "char_wb") -> tuple[numpy.ndarray, numpy.ndarray]:
        """Character n-grams of orders low..high: (hashes, rows).

        "char_wb" takes them inside each chunk padded with one space either side (scikit-learn's
        `char_wb`, except that the padding space is no 1-gram); "char" takes them across words
        too, but never across two texts (scikit-learn's `char` once runs of whitespace are one space).
        """
        hashes, rows = [], []
        spaces = numpy.concatenate(([0], numpy.cumsum(self.space)))
        length = len(self.codes)
        for n in range(low, high + 1):
            if length < n:
                break
            first = numpy.arange(length - n + 1)
            if analyzer == "char_wb":
                # no space inside the window; its two ends may be the padding spaces, but not both for n=2
                ok = spaces[first + n - 1] - spaces[first + 1] == 0
                if n == 2:
                    ok &= ~(self.space[first] & self.space[first + 1])
            else:
                # within one text (its separators are the only newlines left out), no double space
                ok = self.row[first] == self.row[first + n - 1]
                ok &= (first >= self.starts[self.row[first]]) & (first + n <= self.ends[self.row[first]])
                double = numpy.concatenate(([0], numpy.cumsum(self.space[1:] & self.space[:-1])))
                ok &= double[first + n - 1] - double[first] == 0
            first = first[ok]
            hashes.append(self.span_hashes(first, first + n))
            rows.append(self.row[first + 1] if analyzer == "char_wb" else self.row[first])
        if not hashes:
            return numpy.zeros(0, dtype=U64), numpy.zeros(0, dtype=numpy.int64)
        return numpy.concatenate(hashes), numpy.concatenate(rows)


def sequence_ngrams(hashes: numpy.ndarray, rows: numpy.ndarray, n: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """n-grams of consecutive items of the same row: (hashes, rows); n=1 gives the items."""
    if n == 1:
        return hashes, rows
    count = len(hashes) - n + 1
    if count <= 0:
        return numpy.zeros(0, dtype=U64), numpy.zeros(0, dtype=rows.dtype)
    combined = hashes[:count]
    for offset in range(1, n):
        combined = combine(combined, hashes[offset : offset + count])
    same = rows[:count] == rows[n - 1 : n - 1 + count]
    return combined[same], rows[:count][same]


def distinct_counts(values: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The sorted distinct values and how often each occurs, by one plain sort.

    `numpy.unique` gives the same, but numpy 2 finds distinct values by hashing, or by an argsort
    when asked for indices; on millions of n-gram hashes both are several times slower than a sort.
    """
    ordered = numpy.sort(values)
    if not len(ordered):
        return ordered, numpy.zeros(0, dtype=numpy.int64)
    starts = numpy.flatnonzero(numpy.concatenate(([True], ordered[1:] != ordered[:-1])))
    return ordered[starts], numpy.diff(numpy.append(starts, len(ordered)))


def word_hashes(phrase: str) -> numpy.ndarray:
    """The hash of each word of a phrase, in order."""
    batch = TextBatch([phrase])
    starts, ends, _ = batch.words()
    return batch.span_hashes(starts, ends)


def phrase_hash(phrase: str) -> tuple[int, int]:
    """(hash, number of words) of a phrase, as `sequence_ngrams` over its words would give it."""
    hashes = word_hashes(phrase)
    combined, _ = sequence_ngrams(hashes, numpy.zeros(len(hashes), dtype=numpy.int64), len(hashes))
    return (int(combined[0]), len(hashes)) if len(hashes) else (0, 0)


class HashTable:
    """A map from 64-bit hashes to row numbers, read and written for whole arrays at once.

    Each key has one home slot (top bits of the hash) in a table at most a quarter full; keys whose
    home slot is taken go to a small sorted overflow array. A lookup is one gather and compare,
    plus a binary search for the few keys whose home slot holds another key. Missing keys read -1.
    """

    def __init__(self, capacity: int = 16):
        size = 16
        while size < 4 * capacity:
            size *= 2
        self.keys = numpy.zeros(size, dtype=U64)  # 0: an empty slot (a key 0 is stored as 1)
        self.values = numpy.full(size, -1, dtype=numpy.int64)
        self.overflow_keys = numpy.zeros(0, dtype=U64)
        self.overflow_values = numpy.zeros(0, dtype=numpy.int64)
        self.count = 0

    def __len__(self) -> int:
        return self.count

    def _home(self, keys: numpy.ndarray) -> numpy.ndarray:
        return (keys >> U64(64 - (len(self.keys).bit_length() - 1))).astype(numpy.int64)

    def lookup(self, keys: numpy.ndarray) -> numpy.ndarray:
        """The value of each key, -1 where absent."""
        keys = numpy.where(keys == 0, U64(1), keys)
        home = self._home(keys)
        found = self.keys[home]
        result = numpy.where(found == keys, self.values[home], -1)
        if len(self.overflow_keys):
            elsewhere = numpy.flatnonzero((found != keys) & (found != 0))
            where = numpy.searchsorted(self.overflow_keys, keys[elsewhere])
            where[where == len(self.overflow_keys)] = 0
            hit = self.overflow_keys[where] == keys[elsewhere]
            result[elsewhere[hit]] = self.overflow_values[where[hit]]
        return result

    def insert(self, keys: numpy.ndarray, values) -> None:
        """Add distinct keys that are not in the table yet."""
        if 4 * (self.count + len(keys)) > len(self.keys):
            self._grow(self.count + len(keys))
        keys = numpy.where(keys == 0, U64(1), keys)
        values = numpy.broadcast_to(numpy.asarray(values, dtype=numpy.int64), keys.shape)
        home = self._home(keys)
        free = numpy.flatnonzero(self.keys[home] == 0)
        slots, first = numpy.unique(home[free], return_index=True)  # one key per free home slot
        placed = free[first]
        self.keys[slots], self.values[slots] = keys[placed], values[placed]
        rest = numpy.ones(len(keys), dtype=bool)
        rest[placed] = False
        if rest.any():
            merged = numpy.concatenate([self.overflow_keys, keys[rest]])
            order = numpy.argsort(merged, kind="stable")
            self.overflow_keys = merged[order]
            self.overflow_values = numpy.concatenate([self.overflow_values, values[rest]])[order]
        self.count += len(keys)

    def items(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(keys, values) of every entry."""
        used = self.keys != 0
        return (numpy.concatenate([self.keys[used], self.overflow_keys]),
                numpy.concatenate([self.values[used], self.overflow_values]))

    def _grow(self, needed: int) -> None:
        keys, values = self.items()
        self.__init__(needed)
        self.insert(keys, values)

    def __getstate__(self):
        # only the entries are pickled; the table is rebuilt on loading
        keys, values = self.items()
        return {"keys": keys, "values": values}

    def __setstate__(self, state):
        self.__init__(len(state["keys"]))
        self.insert(state["keys"], state["values"])
