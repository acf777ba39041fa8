"""The document-stance model's text part: which text it reads, its TF-IDF rows, held-out probabilities."""

import numpy
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.doc_stance import DocumentStanceModel
from pipeline.doc_text import DocumentWords, document_text, text_out_of_fold
from pipeline.featurize import WORD_TOKENS
from pipeline.ngrams import phrase_hash


def test_document_text_is_the_statement_without_notes_or_furniture():
    text = "Share this\nScanning is a backdoor\nWe oppose it.\nAbout us: a charity."
    segments = [{"start": 0, "end": 10, "label": "boilerplate"}, {"start": 11, "end": 33, "label": "headline"},
                {"start": 34, "end": 47, "label": "body"}, {"start": 48, "end": 68, "label": "note"}]
    assert document_text({"text": text, "segments": segments}) == "Scanning is a backdoor\nWe oppose it."


def test_document_words_are_scikit_learns_sublinear_tfidf_of_words_and_bigrams():
    texts = ["Don't weaken end-to-end encryption, don't.", "Encryption protects children and adults",
             "We urge the ministry: scan, scan, scan", "Children deserve protection and privacy"]
    ours = DocumentWords(min_df=1).fit(texts)
    reference = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=WORD_TOKENS).fit(texts)
    terms = list(reference.vocabulary_)
    expected = reference.transform(texts)[:, [reference.vocabulary_[t] for t in terms]].toarray()
    # each scikit-learn term's column in ours, through its hash
    columns = ours.vocabulary_.columns(numpy.array([phrase_hash(t)[0] for t in terms], dtype=numpy.uint64))
    assert len(ours.vocabulary_) == len(terms) and min(columns) >= 0
    assert ours.transform(texts).toarray()[:, columns] == pytest.approx(expected)


def test_held_out_text_probabilities_need_two_documents_of_each_stance():
    texts = ["we oppose scanning", "scanning keeps children safe", "we oppose scanning too", "keep children safe"]
    assert text_out_of_fold(texts, ["favor", "against", "favor", "neutral"], min_df=1) is None
    scores = text_out_of_fold(texts, ["favor", "against", "favor", "against"], min_df=1, folds=2)
    assert scores.shape == (4, 2) and scores.sum(axis=1) == pytest.approx([1, 1, 1, 1])
    # and a corpus too small for any n-gram to be in ten documents has no text model
    assert text_out_of_fold(texts, ["favor", "against", "favor", "against"], folds=2) is None
    assert DocumentWords(min_df=10).fit(texts).transform(texts).shape == (4, 0)


def record(stance, words, score):
    text = f"{words} {words}."
    return {"text": text, "stance": stance, "segments": [{"start": 0, "end": len(text), "label": "body"}],
            "sentences": [{"start": 0, "end": len(text),
                           "stance_scores": {"favor": score, "against": 1 - score, "neutral": 0.0}}]}


def test_the_document_model_reads_the_words_and_a_model_saved_without_them_still_predicts():
    records = [record("favor", "privacy protects everyone", 0.9), record("favor", "privacy protects users", 0.8),
               record("against", "scanning saves children", 0.2), record("against", "scanning saves lives", 0.1)] * 3
    stances = [r["stance"] for r in records]
    model = DocumentStanceModel(text_min_df=1).fit(records, stances)
    assert "text=favor" in model.vectorizer_.vocabulary_
    assert [model.classes_[i] for i in model.predict_proba(records).argmax(axis=1)] == stances
    older = DocumentStanceModel(text_C=None).fit(records, stances)
    del older.text_model_  # pickled before the text model existed
    assert [older.classes_[i] for i in older.predict_proba(records).argmax(axis=1)] == stances
