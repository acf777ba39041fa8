"""Sentence features: word and character n-grams, neighbouring sentences, context and cue lexicons.

Word n-grams are weighted (1 + log count) x IDF and L2-normalised, as scikit-learn's sublinear
TF-IDF. Character n-grams (scikit-learn's `char_wb`: inside each whitespace-separated chunk padded
with a space) are the sum over the sentence's distinct chunks of (1 + log count) x the chunk's
n-gram counts x IDF, divided by the square root of the chunks' summed squared norms (weighted
alike): a weighted sum over chunks, which a linear model can score chunk by chunk. All n-grams are hashed with numpy
(`ngrams.py`); the vocabulary of hashes and the IDF weights are kept at fit time.

Because the character block is a sum over chunks, a linear model's decision values need only
each distinct chunk's projection onto the model's weights, cached across batches (`decision`);
`transform` builds the full matrix, for fitting and for models of any kind. The work that does
not depend on a model's weights is memoised for the last list of examples, so the two model
components of a pipeline, sharing one fitted featurizer, featurise each batch once.
"""

from __future__ import annotations

import re
import secrets
import threading

import numpy
from scipy import sparse

from .examples import SentenceExample
from .ngrams import (U64, HashTable, TextBatch, combine, distinct_counts, phrase_hash, sequence_ngrams,
                     word_hashes)

_PERCENT = re.compile(r"\d\s*(?:%|per\s?cent|percent)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_BIG_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:m|bn|k|million|billion|thousand)\b", re.IGNORECASE)
_HASHTAG = re.compile(r"#(\w+)")
_CAMEL = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_SPACES = re.compile(r"\s\s+")
WORD_TOKENS = r"(?u)\b\w[\w'\u2019-]*\b"
# tweets: words plus hashtags, mentions and runs of punctuation ("!!!", ":)", "?!"), which carry stance there
TWEET_TOKENS = r"(?u)[#@]?\w[\w'\u2019-]*|[^\w\s]{1,4}"
NEIGHBOUR_WEIGHT = 0.5
CHUNK_CACHE = 300_000  # distinct chunks whose projections `decision` keeps per model
NUMERIC = ("bias", "has_number", "has_percent", "has_year", "has_big_number", "question", "length")
_local = threading.local()


def split_hashtags(text: str) -> str:
    """Each CamelCase hashtag followed by its words: '#GodIsGood' -> '#GodIsGood god is good'."""
    def spelled(match: re.Match) -> str:
        parts = _CAMEL.findall(match.group(1))
        return match.group(0) + (" " + " ".join(parts).lower() if len(parts) > 1 else "")
    return _HASHTAG.sub(spelled, text)


def _occurrences(rows, columns, data, shape) -> sparse.csr_matrix:
    """A CSR matrix from entries whose rows come in sorted runs; duplicates stay (and add up in products)."""
    order = numpy.argsort(rows, kind="stable")  # a merge of the sorted runs, not a full sort
    indptr = numpy.zeros(shape[0] + 1, dtype=numpy.int64)
    numpy.cumsum(numpy.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return sparse.csr_matrix((data[order], columns[order], indptr), shape=shape)


def _chunk_weights(rows, chunks, shape) -> sparse.csr_matrix:
    """Texts x chunks: 1 + log(count) for each chunk of a text, so a repeated word counts less."""
    key, counts = numpy.unique(rows * shape[1] + chunks, return_counts=True)
    return sparse.csr_matrix((1.0 + numpy.log(counts), (key // shape[1], key % shape[1])), shape=shape)


def scaled_rows(matrix: sparse.csr_matrix, squares: numpy.ndarray) -> sparse.csr_matrix:
    """Rows divided by the square root of their summed squared item weights (empty rows stay empty)."""
    scale = numpy.zeros(len(squares))
    numpy.divide(1.0, numpy.sqrt(squares), out=scale, where=squares > 0)
    return sparse.diags(scale) @ matrix


class Vocabulary:
    """The n-gram hashes kept at fit time, their columns and IDF weights (scikit-learn's smooth IDF)."""

    def __init__(self, min_df: int = 1, max_features: int | None = None, idf: bool = True):
        self.min_df = min_df
        self.max_features = max_features
        self.idf = idf

    def fit(self, hashes: numpy.ndarray, rows: numpy.ndarray, n_rows: int):
        """Keep hashes in `min_df` rows or more, the `max_features` most frequent of them."""
        distinct, total = distinct_counts(hashes)
        index = HashTable(len(distinct))
        index.insert(distinct, numpy.arange(len(distinct)))
        # document frequency: the distinct (row, n-gram) pairs of each n-gram
        pairs, _ = distinct_counts(rows.astype(numpy.int64) * len(distinct) + index.lookup(hashes))
        frequency = numpy.bincount(pairs % len(distinct), minlength=len(distinct))
        kept = numpy.flatnonzero(frequency >= self.min_df)
        kept = kept[numpy.lexsort((distinct[kept], -total[kept]))][: self.max_features]
        kept.sort()
        self.hashes_ = distinct[kept]
        self.weights_ = (numpy.log((1 + n_rows) / (1 + frequency[kept])) + 1 if self.idf
                         else numpy.ones(len(kept)))
        self.table_ = HashTable(len(kept))
        self.table_.insert(self.hashes_, numpy.arange(len(kept)))
        return self

    def __len__(self) -> int:
        return len(self.hashes_)

    def columns(self, hashes: numpy.ndarray) -> numpy.ndarray:
        """The column of each hash, -1 for hashes not kept."""
        return self.table_.lookup(hashes)


def weighted_block(vocabulary: Vocabulary, rows, hashes, n_rows: int, *, sublinear: bool = True,
                   binary: bool = False) -> tuple[sparse.csr_matrix, numpy.ndarray]:
    """(texts x vocabulary weights, summed squared weights per text) of the items (`rows`, `hashes`).

    (1 + log count) x IDF per n-gram of a text, or count x IDF without `sublinear` (a chunk's
    character n-grams, which add up over the chunks); with `binary`, 1 x IDF per n-gram.
    `scaled_rows(*weighted_block(...))` is scikit-learn's L2-normalised TF-IDF.
    """
    columns = vocabulary.columns(hashes)
    kept = columns >= 0
    rows, columns = rows[kept], columns[kept]
    if binary or sublinear:
        key, counts = numpy.unique(rows * len(vocabulary) + columns, return_counts=True)
        rows, columns = key // max(len(vocabulary), 1), key % max(len(vocabulary), 1)
    weights = vocabulary.weights_[columns]
    if sublinear and not binary:
        weights = weights * (1.0 + numpy.log(counts))
    matrix = _occurrences(rows, columns, weights, (n_rows, len(vocabulary)))
    return matrix, numpy.bincount(rows, weights=weights**2, minlength=n_rows)


class LinearHeads:
    """Weights of linear models over one featurizer's columns (`coef` k x features, `intercept` k).

    Also holds the per-chunk projections `SentenceFeaturizer.decision` caches; they are not pickled.
    """

    def __init__(self, coef: numpy.ndarray, intercept: numpy.ndarray):
        self.coef = numpy.ascontiguousarray(coef, dtype=numpy.float64)
        self.weights = numpy.ascontiguousarray(self.coef.T)  # features x heads, as sparse products want
        self.intercept = numpy.asarray(intercept, dtype=numpy.float64)
        self.clear()

    def clear(self) -> None:
        """Forget the cached chunk projections."""
        self.chunks = HashTable()
        self.projections = numpy.zeros((1024, len(self.intercept) + 1))
        self.size = 0

    def add(self, hashes: numpy.ndarray, rows: numpy.ndarray) -> numpy.ndarray:
        """Cache the projections `rows` of new chunks `hashes`; returns their slots."""
        slots = numpy.arange(self.size, self.size + len(hashes))
        if self.size + len(hashes) > len(self.projections):  # grow by doubling: amortised copies
            grown = numpy.zeros((2 * (self.size + len(hashes)), self.projections.shape[1]))
            grown[: self.size] = self.projections[: self.size]
            self.projections = grown
        self.projections[slots] = rows
        self.chunks.insert(hashes, slots)
        self.size += len(hashes)
        return slots

    def __getstate__(self):
        return {"coef": self.coef, "intercept": self.intercept}

    def __setstate__(self, state):
        self.__init__(state["coef"], state["intercept"])


class _Batch:
    """What a featurizer derives from a list of examples before any model weights come in."""


class SentenceFeaturizer:
    """scikit-learn style transformer over `SentenceExample` lists.

    Sentence word 1-2-grams and character 2-5-grams (IDF-weighted), neighbour-sentence words,
    context indicators (segment, speaker side, body type, target) and counts of cue-lexicon
    matches. With several targets in the training data, words are also conjoined with the target.

    Options for short texts such as tweets (the defaults are the settings above): `word_ngrams` and
    `char_ngrams` ([low, high]; [0, 0] leaves characters out), `char_analyzer` ("char_wb" or
    "char", which also spans word boundaries), `weighting` ("tfidf", or "binary": presence of
    each n-gram without IDF), `tokens` ("words", or "tweet": hashtags, mentions and punctuation
    runs kept as tokens), `hashtags` ("keep", or "split": CamelCase hashtags also spelled out) and
    `char_norm` ("chunks": the fast sum over chunks above; "exact": scikit-learn's sublinear TF-IDF
    of the sentence's character n-grams, whose matrix every prediction builds: slower, for short texts).
    """

    char_norm = "chunks"  # the default for featurizers pickled before the option existed

    def __init__(self, lexicons: dict[str, list[str]], *, max_char_features: int = 60000,
                 max_word_features: int = 40000, neighbours: bool = True, context: bool = True,
                 word_ngrams=(1, 2), char_ngrams=(2, 5), char_analyzer: str = "char_wb",
                 weighting: str = "tfidf", tokens: str = "words", hashtags: str = "keep", char_norm: str = "chunks"):
        self.lexicons = lexicons
        self.char_norm = char_norm
        self.max_char_features = max_char_features
        self.max_word_features = max_word_features
        self.neighbours = neighbours
        self.context = context
        self.word_ngrams = tuple(word_ngrams)
        self.char_ngrams = tuple(char_ngrams)
        self.char_analyzer = char_analyzer
        self.weighting = weighting
        self.tokens = tokens
        self.hashtags = hashtags

    def settings(self) -> dict:
        """The options: two featurizers with equal settings fitted on the same data are the same."""
        return {key: getattr(self, key) for key in (
            "lexicons", "max_char_features", "max_word_features", "neighbours", "context", "word_ngrams",
            "char_ngrams", "char_analyzer", "weighting", "tokens", "hashtags", "char_norm")}

    @property
    def factored(self) -> bool:
        """Whether character n-grams are a sum over chunks (then `decision` caches chunk projections)."""
        return (self.char_norm == "chunks" and self.char_analyzer == "char_wb" and self.weighting == "tfidf"
                and self.char_ngrams[0] > 0)

    # --- fitting -----------------------------------------------------------------------------------
    def fit(self, examples: list[SentenceExample], y=None):
        """Learn the vocabularies, IDF weights, lexicon phrases and context columns; returns self."""
        self._fit_lexicons()
        self.targets_ = sorted({e.target for e in examples})
        self.words_ = self.chars_ = self.neighbour_words_ = self.conjoined_ = None
        self.context_columns_ = {}
        batch = self._analyse(examples)
        n = len(examples)
        idf = self.weighting == "tfidf"
        rows, hashes = self._sentence_items(batch, batch.word_rows, batch.word_hashes)
        self.words_ = Vocabulary(1, self.max_word_features, idf).fit(hashes, rows, n)
        if self.char_ngrams[0] > 0:
            rows, hashes = self._sentence_items(batch, *self._char_items(batch))
            self.chars_ = Vocabulary(2, self.max_char_features, idf).fit(hashes, rows, n)
        if self.neighbours and sum(p >= 0 or f >= 0 for p, f in zip(batch.previous, batch.following)) >= 2:
            # sentence-level data (tweets, CSV rows) has no neighbours: then this block is left out
            unigrams = batch.unigram_rows, batch.unigram_hashes
            before = self._sentence_items(batch, *unigrams, which=batch.previous)
            after = self._sentence_items(batch, *unigrams, which=batch.following)
            rows = numpy.concatenate([before[0], after[0]])
            self.neighbour_words_ = Vocabulary(2, 5000, True).fit(numpy.concatenate([before[1], after[1]]), rows, n)
        if len(self.targets_) > 1:
            rows, hashes = self._conjoined_items(batch)
            self.conjoined_ = Vocabulary(1, None, True).fit(hashes, rows, n)
        self._fit_context(examples)
        self._layout()
        self.fingerprint_ = secrets.token_hex(8)
        return self

    def _fit_lexicons(self) -> None:
        """Every lexicon phrase hashed as a word sequence; `lexicon_members_` maps phrases to lexicons."""
        self.lexicon_names_ = [name for name, words in self.lexicons.items() if words]
        phrases: dict[int, int] = {}
        firsts, members, longest = [], [], 1
        for column, name in enumerate(self.lexicon_names_):
            for phrase in self.lexicons[name]:
                value, length = phrase_hash(phrase)
                if length == 0:
                    continue
                index = phrases.setdefault(value, len(phrases))
                members.append((index, column))
                firsts.append(int(word_hashes(phrase)[0]))
                longest = max(longest, length)
        self.lexicon_longest_ = longest
        self.lexicon_phrases_ = HashTable(len(phrases))
        self.lexicon_phrases_.insert(numpy.array(list(phrases), dtype=U64), numpy.arange(len(phrases)))
        self.lexicon_firsts_ = HashTable(len(firsts))
        distinct = numpy.unique(numpy.array(firsts, dtype=U64))
        self.lexicon_firsts_.insert(distinct, numpy.zeros(len(distinct)))
        index, column = zip(*members) if members else ((), ())
        self.lexicon_members_ = sparse.csr_matrix(
            (numpy.ones(len(index)), (index, column)), shape=(len(phrases), len(self.lexicon_names_)))

    def _fit_context(self, examples) -> None:
        names = list(NUMERIC)
        for name in self.lexicon_names_:
            names.append(f"lex={name}")
            if self.neighbours:
                names += [f"prev_lex={name}", f"next_lex={name}"]
        for example in examples:
            names += self._categories(example)
        self.context_columns_ = {name: column for column, name in enumerate(dict.fromkeys(names))}

    def _categories(self, example: SentenceExample) -> list[str]:
        names = []
        if self.context:
            names += [f"segment={example.segment}", f"side={example.speaker_side}"]
            if example.body_type:
                names.append(f"body_type={example.body_type}")
            if example.segment and example.speaker_side:
                names.append(f"segment_side={example.segment}|{example.speaker_side}")
        names.append(f"target={example.target}")
        return names

    def _layout(self) -> None:
        blocks = [("words", self.words_), ("chars", self.chars_), ("neighbours", self.neighbour_words_)]
        self.offsets_, start = {}, 0
        for name, vocabulary in blocks:
            width = len(vocabulary) if vocabulary is not None else 0
            self.offsets_[name] = (start, start + width)
            start += width
        self.offsets_["context"] = (start, start + len(self.context_columns_))
        start += len(self.context_columns_)
        width = len(self.conjoined_) if self.conjoined_ is not None else 0
        self.offsets_["conjoined"] = (start, start + width)
        self.n_features_ = start + width

    # --- analysis shared by fit, transform and decision ---------------------------------------------
    def _prepare_texts(self, texts: list[str]) -> list[str]:
        if self.hashtags == "split":
            texts = [split_hashtags(t) for t in texts]
        if self.char_analyzer == "char":
            texts = [_SPACES.sub(" ", t) for t in texts]  # scikit-learn's `char` collapses whitespace runs
        return texts

    def _analyse(self, examples: list[SentenceExample]) -> _Batch:
        """Hash every distinct text once: the sentences and their neighbours."""
        batch = _Batch()
        index: dict[str, int] = {}
        batch.sentence = numpy.fromiter((index.setdefault(e.text, len(index)) for e in examples),
                                        dtype=numpy.int64, count=len(examples))
        batch.previous = numpy.fromiter((index.setdefault(e.previous, len(index)) if e.previous else -1
                                         for e in examples), dtype=numpy.int64, count=len(examples))
        batch.following = numpy.fromiter((index.setdefault(e.following, len(index)) if e.following else -1
                                          for e in examples), dtype=numpy.int64, count=len(examples))
        texts = list(index)
        batch.n_texts = len(texts)
        batch.targets = [e.target for e in examples]
        batch.texts = TextBatch(self._prepare_texts(texts))
        text = batch.texts
        starts, ends, rows = text.words()
        word_hashes = text.span_hashes(starts, ends)
        batch.unigram_rows, batch.unigram_hashes = rows, word_hashes
        if self.tokens == "tweet":
            starts, ends, rows = text.matches(TWEET_TOKENS)
            hashes = text.span_hashes(starts, ends)
        else:
            hashes = word_hashes
        grams = [sequence_ngrams(hashes, rows, n) for n in range(self.word_ngrams[0], self.word_ngrams[1] + 1)]
        batch.word_hashes = numpy.concatenate([g[0] for g in grams])
        batch.word_rows = numpy.concatenate([g[1] for g in grams])
        batch.lexicon_counts = self._lexicon_counts(text, word_hashes, batch.unigram_rows)
        return batch

    def _lexicon_counts(self, text: TextBatch, hashes: numpy.ndarray, rows: numpy.ndarray) -> numpy.ndarray:
        """Matches of each cue lexicon in each text (texts x lexicons), over word sequences."""
        names = self.lexicon_names_
        if not names or not len(hashes):
            return numpy.zeros((text.size, len(names)))
        starts = numpy.flatnonzero(self.lexicon_firsts_.lookup(hashes) >= 0)
        found_rows, found_phrases = [], []
        for length in range(1, self.lexicon_longest_ + 1):
            ends = starts + length - 1
            inside = ends < len(hashes)
            first, last = starts[inside], ends[inside]
            first, last = first[rows[first] == rows[last]], last[rows[first] == rows[last]]
            value = hashes[first]
            for offset in range(1, length):
                value = combine(value, hashes[first + offset])
            phrase = self.lexicon_phrases_.lookup(value)
            hit = phrase >= 0
            found_rows.append(rows[first[hit]])
            found_phrases.append(phrase[hit])
        found = sparse.csr_matrix(
            (numpy.ones(sum(map(len, found_rows))), (numpy.concatenate(found_rows), numpy.concatenate(found_phrases))),
            shape=(text.size, self.lexicon_members_.shape[0]))
        return (found @ self.lexicon_members_).toarray()

    def _char_items(self, batch: _Batch) -> tuple[numpy.ndarray, numpy.ndarray]:
        """(rows, hashes) of every character n-gram of every text."""
        hashes, rows = batch.texts.char_ngrams(self.char_ngrams[0], self.char_ngrams[1], self.char_analyzer)
        return rows, hashes

    def _sentence_items(self, batch: _Batch, rows, hashes, which=None) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per-text items re-indexed by example (`which` text of each example; the sentence by default)."""
        which = batch.sentence if which is None else which
        order = numpy.argsort(rows, kind="stable")
        rows, hashes = rows[order], hashes[order]
        bounds = numpy.searchsorted(rows, numpy.arange(batch.n_texts + 1))
        present = which >= 0
        example = numpy.flatnonzero(present)
        lengths = (bounds[which[present] + 1] - bounds[which[present]])
        starts = numpy.repeat(bounds[which[present]], lengths)
        within = numpy.arange(lengths.sum()) - numpy.repeat(numpy.cumsum(lengths) - lengths, lengths)
        return numpy.repeat(example, lengths), hashes[starts + within]

    def _conjoined_items(self, batch: _Batch) -> tuple[numpy.ndarray, numpy.ndarray]:
        rows, hashes = self._sentence_items(batch, batch.word_rows, batch.word_hashes)
        targets = numpy.array([phrase_hash(t)[0] if t else 0 for t in batch.targets], dtype=U64)
        return rows, combine(hashes, targets[rows])

    # --- blocks ------------------------------------------------------------------------------------
    def _text_block(self, vocabulary: Vocabulary, rows, hashes, n_rows: int, sublinear: bool = True):
        """`weighted_block` with this featurizer's weighting."""
        return weighted_block(vocabulary, rows, hashes, n_rows, sublinear=sublinear,
                              binary=self.weighting == "binary")

    def _chunk_profiles(self, chunks: list[str]):
        """Each chunk's character n-grams (chunks x char vocabulary, IDF-weighted) and squared norms."""
        text = TextBatch(chunks)
        hashes, rows = text.char_ngrams(self.char_ngrams[0], self.char_ngrams[1], "char_wb")
        profiles, _ = self._text_block(self.chars_, rows, hashes, len(chunks), sublinear=False)
        profiles.sum_duplicates()
        squares = numpy.asarray(profiles.multiply(profiles).sum(axis=1)).ravel()
        return profiles, squares

    def _chunks(self, batch: _Batch):
        if not hasattr(batch, "chunk_hashes"):
            starts, ends, rows = batch.texts.chunks()
            batch.chunk_spans, batch.chunk_rows = (starts, ends), rows
            batch.chunk_hashes = batch.texts.span_hashes(starts, ends)
        return batch.chunk_hashes, batch.chunk_rows

    def _char_block(self, batch: _Batch):
        """Character n-grams of each text and their summed squared weights (the full matrix)."""
        if not self.factored:
            return self._text_block(self.chars_, *self._char_items(batch), batch.n_texts)
        hashes, rows = self._chunks(batch)
        distinct, first, inverse = numpy.unique(hashes, return_index=True, return_inverse=True)
        starts, ends = batch.chunk_spans
        profiles, squares = self._chunk_profiles([batch.texts.text[starts[i] : ends[i]] for i in first])
        weights = _chunk_weights(rows, inverse.ravel(), (batch.n_texts, len(distinct)))
        return weights @ profiles, weights.multiply(weights) @ squares

    def _explicit(self, batch: _Batch, examples, with_chars: bool) -> sparse.csr_matrix:
        """All blocks per example; the character block left empty unless `with_chars`."""
        n = len(examples)
        words, squares = self._text_block(self.words_, batch.word_rows, batch.word_hashes, batch.n_texts)
        blocks = [scaled_rows(words, squares)[batch.sentence]]
        if self.chars_ is not None and with_chars:
            chars, squares = self._char_block(batch)
            blocks.append(scaled_rows(chars, squares)[batch.sentence])
        elif self.chars_ is not None:
            blocks.append(sparse.csr_matrix((n, len(self.chars_))))
        if self.neighbour_words_ is not None:
            blocks.append(self._neighbour_block(batch))
        blocks.append(self._context_block(batch, examples))
        if self.conjoined_ is not None:
            rows, hashes = self._conjoined_items(batch)
            conjoined, squares = self._text_block(self.conjoined_, rows, hashes, n)
            blocks.append(scaled_rows(conjoined, squares))
        return sparse.hstack(blocks, format="csr")

    def _neighbour_block(self, batch: _Batch) -> sparse.csr_matrix:
        """The words of the sentences before and after, as one text, at half weight."""
        counts, squares = self._text_block(self.neighbour_words_, batch.unigram_rows, batch.unigram_hashes,
                                           batch.n_texts)
        counts = sparse.vstack([counts, sparse.csr_matrix((1, counts.shape[1]))], format="csr")
        squares = numpy.append(squares, 0.0)  # row -1: no neighbour
        around = counts[batch.previous] + counts[batch.following]
        return NEIGHBOUR_WEIGHT * scaled_rows(around, squares[batch.previous] + squares[batch.following])

    def _context_block(self, batch: _Batch, examples) -> sparse.csr_matrix:
        text = batch.texts
        columns = self.context_columns_
        values = numpy.zeros((len(examples), len(columns)))
        numbers = numpy.zeros((text.size, len(NUMERIC)))
        numbers[:, 0] = 1.0
        texts = text.text
        with_digits, _ = distinct_counts(text.row[numpy.flatnonzero(text.classify("digit", str.isdecimal))])
        numbers[with_digits, 1] = 1.0
        # the number patterns all need a digit: search only the texts that have one
        digit_texts = "\n".join(texts[text.starts[r] : text.ends[r]] for r in with_digits)
        digit_starts = numpy.cumsum([0] + [text.ends[r] - text.starts[r] + 1 for r in with_digits])
        for column, pattern in ((2, _PERCENT), (3, _YEAR), (4, _BIG_NUMBER)):
            found = numpy.array([m.start() for m in pattern.finditer(digit_texts)], dtype=numpy.int64)
            numbers[with_digits[numpy.searchsorted(digit_starts, found, side="right") - 1], column] = 1.0
        _, chunk_rows = self._chunks(batch)
        chunk_ends = batch.chunk_spans[1]
        if len(chunk_rows):  # a question: the text's last chunk ends with "?"
            last = numpy.searchsorted(chunk_rows, numpy.arange(text.size), side="right") - 1
            has = (last >= 0) & (chunk_rows[numpy.maximum(last, 0)] == numpy.arange(text.size))
            numbers[has, 5] = text.codes[chunk_ends[last[has]] - 1] == ord("?")
        numbers[:, 6] = numpy.minimum(numpy.bincount(chunk_rows, minlength=text.size), 60) / 60.0
        values[:, : len(NUMERIC)] = numbers[batch.sentence]
        counts = batch.lexicon_counts
        names = self.lexicon_names_
        if names:
            values[:, [columns[f"lex={name}"] for name in names]] = numpy.minimum(counts[batch.sentence], 4) / 2.0
            if self.neighbours:
                padded = numpy.vstack([counts, numpy.zeros((1, len(names)))]) > 0  # row -1: no neighbour
                for where, which in (("prev", batch.previous), ("next", batch.following)):
                    values[:, [columns[f"{where}_lex={name}"] for name in names]] = 0.5 * padded[which]
        # the categorical columns: one 0/1 row per distinct (segment, side, body type, target)
        keys: dict = {}
        which = numpy.fromiter((keys.setdefault((e.segment, e.speaker_side, e.body_type, e.target), len(keys))
                                for e in examples), dtype=numpy.int64, count=len(examples))
        indicators = numpy.zeros((len(keys), len(columns)))
        for key, row in keys.items():
            example = SentenceExample(text="", segment=key[0], speaker_side=key[1], body_type=key[2], target=key[3])
            indicators[row, [columns[n] for n in self._categories(example) if n in columns]] = 1.0
        return sparse.csr_matrix(values + indicators[which])

    # --- transform and decision --------------------------------------------------------------------
    def _batch(self, examples: list[SentenceExample]) -> _Batch:
        """`_analyse(examples)`, memoised for the last list (the same object) per featurizer fit."""
        last = getattr(_local, "last", None)
        if last is not None and last[0] == self.fingerprint_ and last[1] is examples:
            return last[2]
        batch = self._analyse(examples)
        _local.last = (self.fingerprint_, examples, batch)
        return batch

    def transform(self, examples: list[SentenceExample]) -> sparse.csr_matrix:
        """The feature matrix (examples x `n_features_`)."""
        matrix = self._explicit(self._batch(examples), examples, with_chars=True)
        matrix.sum_duplicates()
        return matrix.astype(numpy.float32)

    def fit_transform(self, examples, y=None):
        return self.fit(examples).transform(examples)

    def decision(self, examples: list[SentenceExample], heads: LinearHeads) -> numpy.ndarray:
        """`transform(examples) @ heads.coef.T + heads.intercept`, without building the character block."""
        if not examples:
            return numpy.zeros((0, len(heads.intercept)))
        batch = self._batch(examples)
        if not hasattr(batch, "explicit"):
            batch.explicit = self._explicit(batch, examples, with_chars=not self.factored)
        scores = batch.explicit @ heads.weights + heads.intercept
        if self.factored and self.chars_ is not None:
            projected = self._chunk_projections(batch, heads)[batch.sentence]
            scale = numpy.zeros(len(projected))
            numpy.divide(1.0, numpy.sqrt(projected[:, -1]), out=scale, where=projected[:, -1] > 0)
            scores += projected[:, :-1] * scale[:, None]
        return scores

    def _chunk_projections(self, batch: _Batch, heads: LinearHeads) -> numpy.ndarray:
        """Per text: the summed projections of its chunks onto the heads' character weights, and
        the chunks' summed squared norms (last column). Chunk projections are cached in `heads`."""
        hashes, rows = self._chunks(batch)
        slots = heads.chunks.lookup(hashes)
        missing = numpy.flatnonzero(slots < 0)
        if len(missing):
            distinct, first = numpy.unique(hashes[missing], return_index=True)
            if heads.size + len(distinct) > CHUNK_CACHE:  # bound the cache on endless streams
                heads.clear()
                slots[:] = -1
                missing = numpy.arange(len(hashes))
                distinct, first = numpy.unique(hashes, return_index=True)
            starts, ends = batch.chunk_spans
            texts = batch.texts.text
            profiles, squares = self._chunk_profiles([texts[starts[i] : ends[i]] for i in missing[first]])
            start, end = self.offsets_["chars"]
            slots[missing] = heads.add(distinct, numpy.column_stack([profiles @ heads.weights[start:end], squares]))[
                numpy.searchsorted(distinct, hashes[missing])]
        weights = _chunk_weights(rows, slots, (batch.n_texts, heads.size))
        projections = heads.projections[: heads.size]
        return numpy.column_stack([weights @ projections[:, :-1], weights.multiply(weights) @ projections[:, -1]])
