"""The words of whole documents, for the document-stance model: a bag of word 1-2-grams per document.

A document's own wording says much about where its publisher stands ("we urge", "backdoor",
"going dark") beyond what its sentences' stance scores add up to. Words and bigrams are hashed
with numpy as the sentence features are (`ngrams.py`), weighted (1 + log count) x IDF and
L2-normalised, as scikit-learn's sublinear TF-IDF; the vocabulary keeps n-grams found in `min_df`
training documents or more, so names that only one writer used drop out.
"""

from __future__ import annotations

import numpy
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from threadpoolctl import threadpool_limits

from .featurize import Vocabulary, scaled_rows, weighted_block
from .ngrams import TextBatch, sequence_ngrams

TEXT_SEGMENTS = ("headline", "lead", "body", "quote")  # the statement itself: no notes, no furniture


def document_text(record: dict) -> str:
    """The text of a record's headline, lead, body and quote segments, one segment per line."""
    text = record.get("text") or ""
    segments = sorted((s for s in record.get("segments") or [] if s["label"] in TEXT_SEGMENTS), key=lambda s: s["start"])
    return "\n".join(text[s["start"] : s["end"]] for s in segments)


class DocumentWords:
    """Transformer from document texts to L2-normalised sublinear TF-IDF rows of word 1-2-grams."""

    def __init__(self, min_df: int = 10):
        self.min_df = min_df

    def fit(self, texts: list[str], y=None):
        rows, hashes = _ngrams(texts)
        self.vocabulary_ = Vocabulary(self.min_df, None, True).fit(hashes, rows, len(texts))
        return self

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        return scaled_rows(*weighted_block(self.vocabulary_, *_ngrams(texts), len(texts)))


def _ngrams(texts: list[str]) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(rows, hashes) of every word and word bigram of every text."""
    batch = TextBatch(texts)
    starts, ends, rows = batch.words()
    words = batch.span_hashes(starts, ends)
    bigrams, bigram_rows = sequence_ngrams(words, rows, 2)
    return numpy.concatenate([rows, bigram_rows]), numpy.concatenate([words, bigrams])


class DocumentTextModel:
    """Logistic regression over `DocumentWords`: class probabilities from a document's wording alone."""

    def __init__(self, C: float = 10.0, min_df: int = 10):
        self.C = C
        self.min_df = min_df

    def fit(self, texts: list[str], y):
        self.words_ = DocumentWords(self.min_df).fit(texts)
        # one BLAS thread: lbfgs on a thousand documents runs slower on several (3.5 s vs 8.4 s, 5 folds)
        with threadpool_limits(1, user_api="blas"):
            self.classifier_ = LogisticRegression(C=self.C, max_iter=3000).fit(self.words_.transform(texts), y)
        self.classes_ = list(self.classifier_.classes_)
        return self

    def predict_proba(self, texts: list[str]) -> numpy.ndarray:
        return self.classifier_.predict_proba(self.words_.transform(texts))


def text_out_of_fold(texts: list[str], y, C: float = 10.0, min_df: int = 10, folds: int = 3) -> numpy.ndarray | None:
    """Each document's class probabilities from a regression that never saw its label, with columns in
    sorted class order; None when a class has too few documents to hold any out, or no n-gram is
    in `min_df` of them.

    The vocabulary and IDF weights come from all the texts, without their labels: one vocabulary
    instead of one per fold, five times cheaper, and no label leaks into a held-out document.
    """
    y = numpy.asarray(y)
    classes, counts = numpy.unique(y, return_counts=True)
    folds = min(folds, int(counts.min()))
    if folds < 2:
        return None
    words = DocumentWords(min_df).fit(texts)
    if len(words.vocabulary_) == 0:
        return None  # a small corpus: no n-gram is in `min_df` documents
    features = words.transform(texts)
    scores = numpy.zeros((len(texts), len(classes)))
    with threadpool_limits(1, user_api="blas"):
        for train_index, test_index in StratifiedKFold(n_splits=folds, shuffle=True, random_state=0).split(texts, y):
            classifier = LogisticRegression(C=C, max_iter=3000).fit(features[train_index], y[train_index])
            columns = [list(classes).index(c) for c in classifier.classes_]
            scores[numpy.ix_(test_index, columns)] = classifier.predict_proba(features[test_index])
    return scores
