"""Sentence- and document-level scores: plain functions over label lists, no spaCy.

Per-label scores sit under "labels" ({label: {precision, recall, f1, support}}), the shape
`report.render_evaluation` prints.
"""

from __future__ import annotations

from collections import Counter

from .scoring import prf


def stance_metrics(gold: list[str], predicted: list[str], *, labels=None, positive=("favor", "against")) -> dict:
    """Single-label scores: per-label P/R/F1, confusion, macro-F1, F_avg, accuracy.

    gold, predicted: one label per example, aligned.
    labels: the labels to score (default: every label in gold or predicted, sorted).
    positive: the labels averaged into `f_avg`, SemEval-2016 Task 6's official metric: F1 of
        FAVOR and AGAINST over all examples pooled. The other labels (NONE, neutral) still count
        as errors in the positives' precision and recall, but their own F1 is not averaged in.
    RETURNS (dict): labels, confusion {gold: {predicted: count}}, macro_f1 (over the scored labels
        that occur in gold or predicted), f_avg (None when no positive label occurs), accuracy, n.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels but predicted has {len(predicted)}")
    present = set(gold) | set(predicted)
    labels = sorted(present) if labels is None else list(labels)
    confusion: dict[str, dict[str, int]] = {}
    for g, p in zip(gold, predicted):
        row = confusion.setdefault(g, {})
        row[p] = row.get(p, 0) + 1
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    per_label = {}
    for label in labels:
        tp = confusion.get(label, {}).get(label, 0)
        per_label[label] = prf(tp, predicted_counts[label] - tp, gold_counts[label] - tp)
    # F_avg scores the positive labels whether or not they were asked for in `labels`
    positive_scores = [
        per_label[label]["f1"] if label in per_label else _label_f1(label, confusion, gold_counts, predicted_counts)
        for label in positive
    ]
    scored = [per_label[label]["f1"] for label in labels if label in present]
    correct = sum(g == p for g, p in zip(gold, predicted))
    return {
        "labels": per_label,
        "confusion": confusion,
        "macro_f1": _mean(scored),
        "f_avg": _mean(positive_scores) if present & set(positive) else None,
        "accuracy": correct / len(gold) if gold else None,
        "n": len(gold),
    }


def role_metrics(gold: list[set[str]], predicted: list[set[str]], *, labels) -> dict:
    """Multi-label scores: per-role P/R/F1, micro-F1 (counts pooled over roles) and macro-F1 (mean over `labels`).

    gold, predicted: one set of roles per example, aligned. labels: the roles to score.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} label sets but predicted has {len(predicted)}")
    counts = {label: [0, 0, 0] for label in labels}  # tp, fp, fn
    for g, p in zip(gold, predicted):
        for label in labels:
            if label in g and label in p:
                counts[label][0] += 1
            elif label in p:
                counts[label][1] += 1
            elif label in g:
                counts[label][2] += 1
    per_label = {label: prf(*counts[label]) for label in labels}
    totals = [sum(values[i] for values in counts.values()) for i in range(3)]
    return {
        "labels": per_label,
        "micro_f1": prf(*totals)["f1"],
        "macro_f1": _mean([scores["f1"] for scores in per_label.values()]),
        "n": len(gold),
    }


def document_stance_accuracy(gold: list[str], predicted: list[str]) -> float | None:
    """Share of documents whose predicted stance equals the gold one; None when there are none."""
    if len(gold) != len(predicted):
        raise ValueError(f"gold has {len(gold)} labels but predicted has {len(predicted)}")
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else None


def _label_f1(label: str, confusion: dict, gold_counts: Counter, predicted_counts: Counter) -> float:
    tp = confusion.get(label, {}).get(label, 0)
    return prf(tp, predicted_counts[label] - tp, gold_counts[label] - tp)["f1"]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None
