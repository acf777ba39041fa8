"""Sentence features: the fast decision path equals the full matrix, lexicons and context are counted."""

import json

import numpy
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from conftest import ROOT, TINY_ROWS
from pipeline.estimators import RoleModel, StanceModel
from pipeline.examples import SentenceExample
from pipeline.featurize import NUMERIC, LinearHeads, SentenceFeaturizer, Vocabulary
from pipeline.ngrams import TextBatch

LEXICONS = json.loads((ROOT / "configs" / "lexicons.json").read_text(encoding="utf-8"))


def tiny_examples():
    texts = [text for text, _, _ in TINY_ROWS]
    return [
        SentenceExample(text=text, segment="quote" if i % 3 else "body", speaker_side="other" if i % 3 else "publisher",
                        previous=texts[i - 1] if i else "", following=texts[i + 1] if i + 1 < len(texts) else "",
                        stance=stance, roles=[r for r in roles.split(";") if r], doc_id=f"d{i // 6}")
        for i, (text, stance, roles) in enumerate(TINY_ROWS)
    ]


def test_vocabulary_keeps_scikit_learns_terms_and_idf_weights():
    texts = ["keys keys escrow", "escrow now", "keys now please", "scan"]
    batch = TextBatch(texts)
    starts, ends, rows = batch.words()
    vocabulary = Vocabulary(min_df=2).fit(batch.span_hashes(starts, ends), rows, len(texts))
    reference = TfidfVectorizer(min_df=2).fit(texts)
    terms = TextBatch(list(reference.vocabulary_))
    columns = vocabulary.columns(terms.span_hashes(*terms.words()[:2]))
    assert len(vocabulary) == len(reference.vocabulary_) == 3  # escrow, keys, now: each in two texts
    assert vocabulary.weights_[columns].tolist() == pytest.approx(reference.idf_[list(reference.vocabulary_.values())])


@pytest.fixture(scope="module")
def featurizer():
    return SentenceFeaturizer(LEXICONS).fit(tiny_examples())


def test_decision_equals_the_full_matrix_times_the_weights(featurizer):
    rng = numpy.random.default_rng(0)
    heads = LinearHeads(rng.normal(size=(3, featurizer.n_features_)), rng.normal(size=3))
    examples = tiny_examples()
    unseen = [SentenceExample(text="Unseen words: zygomorphic encryption keys.", previous=examples[0].text)]
    for batch in (examples, unseen, examples[:5]):  # the chunk cache filled, then reused
        expected = featurizer.transform(batch).toarray() @ heads.coef.T + heads.intercept
        assert numpy.allclose(featurizer.decision(batch, heads), expected, atol=1e-5)


def test_the_same_list_is_analysed_once_per_fitted_featurizer(featurizer):
    examples = tiny_examples()
    assert featurizer._batch(examples) is featurizer._batch(examples)
    assert featurizer._batch(examples) is not featurizer._batch(list(examples))
    other = SentenceFeaturizer(LEXICONS).fit(examples)
    assert other._batch(examples) is not featurizer._batch(examples)


@pytest.mark.parametrize("text, expected", [
    ("Encrypted chats create a SAFE  HAVEN for predators.", {"access_side": 2}),
    ("Client-side scanning is mass surveillance.", {"encryption_side": 3, "harm": 1}),
    ("We urge them to pause.", {"ask": 2, "access_side": 1}),
    ("Nothing to see here.", {}),
])
def test_lexicon_phrases_are_counted_as_word_sequences(featurizer, text, expected):
    batch = featurizer._analyse([SentenceExample(text=text)])
    counts = dict(zip(featurizer.lexicon_names_, batch.lexicon_counts[0]))
    assert {name: count for name, count in counts.items() if count} == expected


@pytest.mark.parametrize("text, expected", [
    ("Reports fell by 92 per cent in 2023?", {"has_number", "has_percent", "has_year", "question"}),
    ("It affects 3,900 users", {"has_number", "has_big_number"}),
    ("No figures here.", set()),
])
def test_context_flags_numbers_and_questions(featurizer, text, expected):
    example = SentenceExample(text=text)
    row = featurizer._context_block(featurizer._analyse([example]), [example]).toarray()[0]
    columns = featurizer.context_columns_
    flags = {name for name in NUMERIC[1:-1] if row[columns[name]]}
    assert flags == expected
    assert row[columns["length"]] == pytest.approx(len(text.split()) / 60)


def test_stance_probabilities_are_those_of_the_calibrated_svm(featurizer):
    examples = tiny_examples()
    model = StanceModel(LEXICONS).fit(examples, [e.stance for e in examples], featurizer=featurizer)
    fitted, classifier = model.models_[None]
    assert fitted is featurizer
    expected = classifier.predict_proba(featurizer.transform(examples))
    assert numpy.allclose(model.predict_proba(examples), expected, atol=1e-6)


def test_role_probabilities_are_those_of_the_logistic_regressions(featurizer):
    examples = tiny_examples()
    labels = ["causal_claim", "evidence", "harm_claim", "policy_ask", "never_seen"]
    truth = numpy.array([[label in e.roles for label in labels] for e in examples], dtype=int)
    model = RoleModel(LEXICONS, labels).fit(examples, truth, featurizer=featurizer)
    matrix = featurizer.transform(examples)
    expected = [m.predict_proba(matrix)[:, 1] for m in model.classifiers_[:4]] + [numpy.zeros(len(examples))]
    assert numpy.allclose(model.predict_proba(examples), numpy.column_stack(expected), atol=1e-6)


def test_a_full_chunk_cache_starts_again_with_the_same_decisions(featurizer, monkeypatch):
    from pipeline import featurize

    monkeypatch.setattr(featurize, "CHUNK_CACHE", 40)
    rng = numpy.random.default_rng(1)
    heads = LinearHeads(rng.normal(size=(2, featurizer.n_features_)), rng.normal(size=2))
    examples = tiny_examples()
    sizes = []
    for batch in (examples[:3], examples[3:12], examples[:3]):
        expected = featurizer.transform(batch).toarray() @ heads.coef.T + heads.intercept
        assert numpy.allclose(featurizer.decision(batch, heads), expected, atol=1e-5)
        sizes.append(heads.size)
    chunks = [len({c for e in part for t in (e.text, e.previous, e.following) for c in t.lower().split()})
              for part in (examples[:3], examples[3:12])]
    # each batch after the first overflows the cache: it starts again with that batch's chunks only
    assert sizes == [chunks[0], chunks[1], chunks[0]]
