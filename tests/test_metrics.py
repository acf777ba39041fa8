"""Tests for pipeline.metrics: exact scores on small hand-computed cases and the SemEval-2016 baseline."""

from collections import Counter
from pathlib import Path

import pytest

from pipeline.metrics import document_stance_accuracy, role_metrics, stance_metrics
from pipeline.training_data import read_training_files

SEMEVAL = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks" / "semeval2016-task6"

GOLD = ["favor", "against", "neutral", "favor"]
PREDICTED = ["favor", "neutral", "neutral", "against"]


@pytest.mark.parametrize(
    "label, expected",
    [
        # favor: predicted once and right (P 1/1), found one of two (R 1/2)
        ("favor", {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "support": 2}),
        # against: its one prediction is wrong and its one gold sentence is missed
        ("against", {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}),
        # neutral: one of two predictions right, its one gold sentence found
        ("neutral", {"precision": 0.5, "recall": 1.0, "f1": 2 / 3, "support": 1}),
    ],
)
def test_stance_per_label_scores(label, expected):
    assert stance_metrics(GOLD, PREDICTED)["labels"][label] == pytest.approx(expected)


def test_stance_summary_scores():
    report = stance_metrics(GOLD, PREDICTED)
    assert report["f_avg"] == pytest.approx(1 / 3)  # (2/3 + 0) / 2: neutral's F1 is not averaged
    assert report["macro_f1"] == pytest.approx(4 / 9)  # (2/3 + 0 + 2/3) / 3
    assert (report["accuracy"], report["n"]) == (0.5, 4)
    assert list(report["labels"]) == ["against", "favor", "neutral"]


def test_stance_confusion_rows_are_gold_and_columns_predicted():
    assert stance_metrics(GOLD, PREDICTED)["confusion"] == {
        "favor": {"favor": 1, "against": 1},
        "against": {"neutral": 1},
        "neutral": {"neutral": 1},
    }


def test_f_avg_counts_the_other_labels_as_errors_of_the_positive_ones():
    # one favor tweet predicted none: favor recall 1/2; one none tweet predicted favor: favor precision 1/2
    report = stance_metrics(["favor", "favor", "none", "against"], ["favor", "none", "favor", "against"])
    assert (report["labels"]["favor"]["f1"], report["labels"]["against"]["f1"]) == (0.5, 1.0)
    assert report["f_avg"] == 0.75


def test_labels_absent_from_data_are_scored_zero_but_left_out_of_macro_f1():
    report = stance_metrics(["favor", "against"], ["favor", "against"], labels=["against", "favor", "mixed"])
    assert report["labels"]["mixed"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}
    assert report["macro_f1"] == 1.0


@pytest.mark.parametrize(
    "positive, expected",
    [(("favor", "against"), 1 / 3), (("pro", "con"), None), (("favor",), 2 / 3)],
)
def test_f_avg_uses_the_positive_labels_given(positive, expected):
    report = stance_metrics(["favor", "neutral"], ["favor", "favor"], positive=positive)
    assert report["f_avg"] == (pytest.approx(expected) if expected is not None else None)


def test_empty_stance_lists_give_no_scores():
    assert stance_metrics([], []) == {
        "labels": {}, "confusion": {}, "macro_f1": None, "f_avg": None, "accuracy": None, "n": 0
    }


def test_misaligned_lists_are_refused():
    with pytest.raises(ValueError):
        stance_metrics(["favor"], [])


ROLE_GOLD = [{"harm_claim", "causal_claim"}, {"policy_ask"}, set(), {"harm_claim"}]
ROLE_PREDICTED = [{"harm_claim"}, {"policy_ask", "harm_claim"}, {"evidence"}, set()]
ROLE_LABELS = ["causal_claim", "evidence", "harm_claim", "policy_ask"]


@pytest.mark.parametrize(
    "label, expected",
    [
        ("causal_claim", {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}),  # one miss
        ("evidence", {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0}),  # one false alarm
        ("harm_claim", {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}),  # tp 1, fp 1, fn 1
        ("policy_ask", {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}),  # tp 1
    ],
)
def test_role_per_label_scores(label, expected):
    assert role_metrics(ROLE_GOLD, ROLE_PREDICTED, labels=ROLE_LABELS)["labels"][label] == expected


def test_role_micro_pools_counts_and_macro_averages_roles():
    report = role_metrics(ROLE_GOLD, ROLE_PREDICTED, labels=ROLE_LABELS)
    assert report["micro_f1"] == 0.5  # tp 2, fp 2, fn 2 over all roles
    assert report["macro_f1"] == 0.375  # (0 + 0 + 0.5 + 1) / 4
    assert report["n"] == 4


def test_roles_outside_the_labels_are_not_scored():
    report = role_metrics([{"privacy_claim"}], [{"privacy_claim", "evidence"}], labels=["evidence"])
    assert (list(report["labels"]), report["micro_f1"]) == (["evidence"], 0.0)


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        (["favor", "against", "mixed"], ["favor", "mixed", "mixed"], 2 / 3),
        (["neutral"], ["neutral"], 1.0),
        ([], [], None),
    ],
)
def test_document_stance_accuracy(gold, predicted, expected):
    assert document_stance_accuracy(gold, predicted) == expected


# --- SemEval-2016 Task 6: the published majority-class baseline ------------------------------------

needs_semeval = pytest.mark.skipif(not SEMEVAL.is_dir(), reason="shared/benchmarks is not beside the checkout")


def _semeval_majority_run():
    """Gold test stances and the prediction of each target's majority class in the training data."""
    train = read_training_files([SEMEVAL / "trialdata-all-annotations.txt", SEMEVAL / "trainingdata-all-annotations.txt"])
    test = read_training_files([SEMEVAL / "testdata-taskA-all-annotations.txt"]).examples
    by_target: dict[str, Counter] = {}
    for example in train.examples:
        by_target.setdefault(example.target, Counter())[example.stance] += 1
    majority = {target: counts.most_common(1)[0][0] for target, counts in by_target.items()}
    return [e.stance for e in test], [majority[e.target] for e in test], majority


@needs_semeval
def test_semeval_majority_class_baseline_reproduces_the_published_f_avg():
    # The paper's "majority class" is per target: AGAINST for four targets, FAVOR for climate change
    gold, predicted, majority = _semeval_majority_run()
    assert sorted(set(majority.values())) == ["against", "favor"]
    assert majority["Climate Change is a Real Concern"] == "favor"
    report = stance_metrics(gold, predicted)
    assert (report["n"], round(report["f_avg"] * 100, 2)) == (1249, 65.22)


@needs_semeval
def test_semeval_against_for_every_tweet_is_not_the_published_baseline():
    # one label for all 1,249 tweets leaves FAVOR's F1 at 0, so F_avg is half AGAINST's F1
    gold, _, _ = _semeval_majority_run()
    report = stance_metrics(gold, ["against"] * len(gold))
    assert Counter(gold) == {"against": 715, "favor": 304, "none": 230}
    assert round(report["f_avg"], 4) == 0.3641
