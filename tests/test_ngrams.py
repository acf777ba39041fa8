"""Vectorised hashing: the same words and character n-grams as the regular expressions and scikit-learn."""

import pickle
import re
from collections import Counter

import numpy
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from pipeline.featurize import TWEET_TOKENS, WORD_TOKENS
from pipeline.ngrams import HashTable, TextBatch, distinct_counts, phrase_hash, sequence_ngrams

TEXTS = [
    "Don't weaken end-to-end encryption -- it protects everyone’s messages.",
    "  Spaces\tand\nnewlines  İstanbul 😀 a_b -x- '' ",
    "",
    "a",
    "Reports fell by 92% in 2023!!! #GoingDark @ministry",
]


def strings(batch, starts, ends, rows):
    return Counter((int(row), batch.text[start:end]) for start, end, row in zip(starts, ends, rows))


def test_words_are_what_the_word_pattern_finds():
    batch = TextBatch(TEXTS)
    expected = Counter((row, word) for row, text in enumerate(TEXTS) for word in re.findall(WORD_TOKENS, text.lower()))
    assert strings(batch, *batch.words()) == expected


def test_tweet_tokens_come_from_their_pattern():
    batch = TextBatch(TEXTS)
    expected = Counter((row, token) for row, text in enumerate(TEXTS) for token in re.findall(TWEET_TOKENS, text.lower()))
    assert strings(batch, *batch.matches(TWEET_TOKENS)) == expected


def test_chunks_are_what_str_split_gives():
    batch = TextBatch(TEXTS)
    expected = Counter((row, chunk) for row, text in enumerate(TEXTS) for chunk in text.lower().split())
    assert strings(batch, *batch.chunks()) == expected


@pytest.mark.parametrize("analyzer, orders", [("char_wb", (2, 5)), ("char_wb", (3, 6)), ("char", (2, 4))])
def test_character_ngrams_hash_like_scikit_learns_ngrams(analyzer, orders):
    texts = [re.sub(r"\s\s+", " ", t) for t in TEXTS] if analyzer == "char" else TEXTS
    batch = TextBatch(texts)
    hashes, rows = batch.char_ngrams(*orders, analyzer=analyzer)
    analyse = CountVectorizer(analyzer=analyzer, ngram_range=orders).build_analyzer()
    expected = Counter()
    for row, text in enumerate(texts):
        grams = TextBatch(analyse(text))  # each n-gram as a text of its own: the hash of all of it
        expected.update((row, int(h)) for h in grams.span_hashes(grams.starts, grams.ends))
    assert Counter(zip(rows.tolist(), hashes.tolist())) == expected


def test_equal_strings_hash_equal_in_any_batch_and_case():
    first, second = TextBatch(["Encryption matters"]), TextBatch(["so ENCRYPTION", "matters"])
    a = first.span_hashes(*first.words()[:2])
    b = second.span_hashes(*second.words()[:2])
    assert a[0] == b[1] and a[1] == b[2] and a[0] != a[1]


def test_word_bigrams_stay_inside_one_text():
    batch = TextBatch(["lawful access", "access now"])
    starts, ends, rows = batch.words()
    bigrams, bigram_rows = sequence_ngrams(batch.span_hashes(starts, ends), rows, 2)
    assert bigram_rows.tolist() == [0, 1]
    assert int(bigrams[0]) == phrase_hash("Lawful  access")[0]


def test_hash_table_finds_every_key_and_only_those():
    keys = numpy.unique(numpy.random.default_rng(0).integers(1, 2**63, 5000).astype(numpy.uint64))
    table = HashTable(10)
    table.insert(keys[:2000], numpy.arange(2000))
    table.insert(keys[2000:], numpy.arange(2000, len(keys)))  # grows
    absent = numpy.array([3, 5, 7], dtype=numpy.uint64)
    assert table.lookup(keys).tolist() == list(range(len(keys)))
    assert table.lookup(absent).tolist() == [-1, -1, -1]
    again = pickle.loads(pickle.dumps(table))
    assert again.lookup(numpy.concatenate([keys, absent])).tolist() == list(range(len(keys))) + [-1, -1, -1]


@pytest.mark.parametrize("values", [
    numpy.zeros(0, dtype=numpy.uint64),
    numpy.array([7], dtype=numpy.int64),
    numpy.array([5, 1, 5, 5, 2**63 + 1, 1], dtype=numpy.uint64),
    numpy.random.default_rng(1).integers(0, 50, 1000),
])
def test_distinct_counts_are_numpys_unique_with_counts(values):
    distinct, counts = distinct_counts(values)
    expected, expected_counts = numpy.unique(values, return_counts=True)
    assert distinct.tolist() == expected.tolist()
    assert counts.tolist() == expected_counts.tolist()
