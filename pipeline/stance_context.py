"""A second stance stage that reads each sentence's scores beside those of its speaker and document.

A sentence about rescued children says nothing about encryption by itself; beside its speaker's
other sentences it is plainly part of an argument against E2EE. This stage (stacking, trained on
the sentence model's out-of-fold scores) sees, for each sentence: its own log-probabilities, the
mean scores of the same speaker's other sentences and of the rest of the document, the scores of
the sentences before and after it, its segment and speaker side. Chosen by cross-validation that
holds out whole writers' batches: it adds about 0.01 stance macro-F1 on statements by other writers.
"""

from __future__ import annotations

import numpy
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from .examples import SentenceExample

SEGMENTS = ("headline", "lead", "quote", "body", "note")
SIDES = ("publisher", "own", "other")


def context_features(examples: list[SentenceExample], scores: numpy.ndarray) -> numpy.ndarray:
    """One row per example: its scores in the context of its speaker, document and neighbours.

    `scores`: the sentence model's probabilities, one row per example, in the examples' order
    (each document's sentences in start order, as `examples_from_document` gives them). Examples
    without a document (CSV rows, tweets) stand alone: their context columns are uniform.
    """
    scores = numpy.asarray(scores, dtype=float)
    n, k = len(examples), scores.shape[-1] if scores.ndim == 2 else 0
    width = 5 * k + len(SEGMENTS) + len(SIDES) + 2 * k * k + 1
    if not n:
        return numpy.zeros((0, width))
    uniform = numpy.full(k, 1.0 / k)
    # integer codes for each example's document and (document, speaker) group
    documents = [e.doc_id if e.doc_id is not None else ("#", i) for i, e in enumerate(examples)]
    document_codes = _codes(documents)
    speaker_codes = _codes([(d, e.speaker) for d, e in zip(documents, examples)])
    speaker_mean, speaker_count = _leave_one_out_means(scores, speaker_codes, uniform)
    document_mean, _ = _leave_one_out_means(scores, document_codes, uniform)
    same_as_previous = numpy.zeros(n, dtype=bool)
    same_as_previous[1:] = document_codes[1:] == document_codes[:-1]
    previous = numpy.where(same_as_previous[:, None], numpy.roll(scores, 1, axis=0), uniform)
    same_as_next = numpy.zeros(n, dtype=bool)
    same_as_next[:-1] = same_as_previous[1:]
    following = numpy.where(same_as_next[:, None], numpy.roll(scores, -1, axis=0), uniform)
    segments = numpy.array([[e.segment == s for s in SEGMENTS] for e in examples], dtype=float)
    sides = numpy.array([[e.speaker_side == s for s in SIDES] for e in examples], dtype=float)
    logs = numpy.log(scores + 1e-4)
    return numpy.hstack([
        logs, speaker_mean, document_mean, previous, following, segments, sides,
        numpy.einsum("ij,ik->ijk", logs, speaker_mean - uniform).reshape(n, k * k),
        numpy.einsum("ij,ik->ijk", logs, document_mean - uniform).reshape(n, k * k),
        (numpy.minimum(speaker_count - 1, 20) / 20.0)[:, None],
    ])


def _codes(keys: list) -> numpy.ndarray:
    index: dict = {}
    return numpy.array([index.setdefault(key, len(index)) for key in keys])


def _leave_one_out_means(scores: numpy.ndarray, codes: numpy.ndarray, uniform: numpy.ndarray):
    """Per row, the mean of the other rows of its group (uniform for a group of one) and the group size."""
    sums = numpy.zeros((codes.max() + 1, scores.shape[1]))
    numpy.add.at(sums, codes, scores)
    counts = numpy.bincount(codes)[codes]
    others = counts - 1
    means = (sums[codes] - scores) / numpy.maximum(others, 1)[:, None]
    return numpy.where((others > 0)[:, None], means, uniform), counts


class StanceContext:
    """Logistic regression over `context_features` (scikit-learn conventions: `fit` returns self)."""

    def __init__(self, C: float = 0.3):
        self.C = C

    def fit(self, examples: list[SentenceExample], scores: numpy.ndarray, y, classes: list[str]):
        """`scores`: out-of-fold sentence-model probabilities whose columns are `classes`."""
        self.classes_ = list(classes)
        # a narrow dense problem (tens of columns): several BLAS threads cost more than they give
        # (three folds on 31,273 sentences: 7.6 s, 3.6 s on one BLAS thread)
        with threadpool_limits(1, user_api="blas"):
            self.model_ = LogisticRegression(C=self.C, max_iter=3000).fit(context_features(examples, scores), list(y))
        return self

    def predict_proba(self, examples: list[SentenceExample], scores: numpy.ndarray) -> numpy.ndarray:
        """Probabilities in the columns of `classes_` (a class the stage never saw scores 0)."""
        result = numpy.zeros((len(examples), len(self.classes_)))
        if not examples:
            return result
        probabilities = self.model_.predict_proba(context_features(examples, scores))
        for column, label in enumerate(self.model_.classes_):
            result[:, self.classes_.index(label)] = probabilities[:, column]
        return result
