"""The context stage: features of a sentence beside its speaker, document and neighbours, and what it learns."""

import numpy
import pytest

from pipeline.examples import SentenceExample
from pipeline.stance_context import SEGMENTS, SIDES, StanceContext, context_features

CLASSES = ["against", "favor", "neutral"]
K = len(CLASSES)


def example(doc, speaker=None, segment="quote", side="other", stance=None):
    return SentenceExample(text="x", segment=segment, speaker_side=side, doc_id=doc, speaker=speaker, stance=stance)


def test_features_hold_own_speaker_document_and_neighbour_scores():
    examples = [example("d1", "s1"), example("d1", "s1"), example("d1", None, "body", "publisher"), example("d2", "s1")]
    scores = numpy.array([[0.8, 0.1, 0.1], [0.6, 0.2, 0.2], [0.1, 0.1, 0.8], [0.2, 0.7, 0.1]])
    features = context_features(examples, scores)
    assert features.shape == (4, 5 * K + len(SEGMENTS) + len(SIDES) + 2 * K * K + 1)
    first = features[0]
    assert numpy.allclose(first[:K], numpy.log(scores[0] + 1e-4))
    assert numpy.allclose(first[K : 2 * K], scores[1])  # the same speaker's other sentence
    assert numpy.allclose(first[2 * K : 3 * K], (scores[1] + scores[2]) / 2)  # the rest of the document
    assert numpy.allclose(first[3 * K : 4 * K], 1 / K)  # no sentence before it
    assert numpy.allclose(first[4 * K : 5 * K], scores[1])  # the sentence after it
    # "s1" in another document is another person: d2's only sentence has no context
    assert numpy.allclose(features[3][K : 3 * K], 1 / K)


def test_sentences_without_a_document_stand_alone():
    examples = [SentenceExample(text="a"), SentenceExample(text="b")]
    features = context_features(examples, numpy.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1]]))
    assert numpy.allclose(features[:, K : 5 * K], 1 / K)


def test_empty_input_gives_an_empty_matrix_of_the_right_width():
    assert context_features([], numpy.zeros((0, K))).shape == (0, 5 * K + len(SEGMENTS) + len(SIDES) + 2 * K * K + 1)


def test_an_undecided_sentence_takes_the_side_of_its_speaker():
    """Trained where a speaker's undecided sentences share the stance of their other sentences."""
    rng = numpy.random.default_rng(0)
    examples, scores, gold = [], [], []
    for doc in range(120):
        side = ["against", "favor"][doc % 2]
        strong = [0.8, 0.1, 0.1] if side == "against" else [0.1, 0.8, 0.1]
        for sentence in range(4):
            examples.append(example(f"d{doc}", "s1", stance=side))
            undecided = sentence == 3
            row = numpy.array([0.34, 0.33, 0.33] if undecided else strong) + rng.normal(0, 0.02, K)
            scores.append(numpy.clip(row, 0.01, None) / numpy.clip(row, 0.01, None).sum())
            gold.append(side)
    model = StanceContext(C=1.0).fit(examples, numpy.array(scores), gold, CLASSES)
    test = [example("t", "s1"), example("t", "s1"), example("t", "s1")]
    test_scores = numpy.array([[0.1, 0.8, 0.1], [0.1, 0.8, 0.1], [0.34, 0.33, 0.33]])
    probabilities = model.predict_proba(test, test_scores)
    assert CLASSES[int(probabilities[2].argmax())] == "favor"
    assert probabilities.shape == (3, K)
    assert numpy.allclose(probabilities.sum(axis=1), 1.0)


@pytest.mark.parametrize("missing", ["neutral"])
def test_a_class_the_stage_never_saw_scores_zero(missing):
    examples = [example(f"d{i}", "s1", stance=["against", "favor"][i % 2]) for i in range(20)]
    scores = numpy.array([[0.8, 0.1, 0.1] if i % 2 == 0 else [0.1, 0.8, 0.1] for i in range(20)])
    model = StanceContext().fit(examples, scores, [e.stance for e in examples], CLASSES)
    probabilities = model.predict_proba(examples[:2], scores[:2])
    assert numpy.all(probabilities[:, CLASSES.index(missing)] == 0.0)
