"""The segmenter and sentencizer as spaCy components: seed agreement and serialization."""

import spacy

from pipeline.scoring import segment_counts, segment_scores, speaker_matches


def test_seed_segments_agree_with_gold_on_98_percent_of_characters(nlp, seed_gold):
    doc = nlp(seed_gold["text"])
    labels = {}
    text = seed_gold["text"]
    for segments, key in ((seed_gold["segments"], "gold"), (doc._.segments, "pred")):
        labels[key] = [None] * len(text)
        for segment in segments:
            labels[key][segment["start"] : segment["end"]] = [segment["label"]] * (segment["end"] - segment["start"])
    chars = [i for i, ch in enumerate(text) if not ch.isspace()]
    agree = sum(labels["gold"][i] == labels["pred"][i] for i in chars) / len(chars)
    assert agree >= 0.98
    assert segment_scores(segment_counts(text, seed_gold["segments"], doc._.segments))["segment_micro_f1"] >= 0.98


def test_every_seed_quote_is_attributed_to_james_babbage(nlp, seed_gold):
    doc = nlp(seed_gold["text"])
    assert doc._.speakers == [
        {"id": "s1", "name": "James Babbage", "role": "Director General for Threats", "org": "National Crime Agency"}
    ]
    quotes = [s for s in doc._.segments if s["label"] == "quote"]
    assert len(quotes) == 9 and {q["speaker"] for q in quotes} == {"s1"}
    assert speaker_matches(seed_gold, {"segments": doc._.segments, "speakers": doc._.speakers}) == (9, 9)


def test_seed_sentences_match_gold_boundaries(nlp, seed_gold):
    doc = nlp(seed_gold["text"])
    assert [(s["start"], s["end"]) for s in doc._.sentences] == [
        (s["start"], s["end"]) for s in seed_gold["sentences"]
    ]


def test_sentences_are_spacy_sentences_too(nlp):
    doc = nlp("Headline here\n\nFirst sentence. Second one.")
    assert [s.text for s in doc.sents] == ["Headline here\n\n", "First sentence.", "Second one."]


def test_pipeline_round_trips_through_disk(nlp, seed_gold, tmp_path):
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert loaded.pipe_names == ["statement_segmenter", "statement_sentencizer"]
    before, after = nlp(seed_gold["text"]), loaded(seed_gold["text"])
    assert (after._.segments, after._.speakers, after._.sentences) == (
        before._.segments,
        before._.speakers,
        before._.sentences,
    )
    assert [(s.start_char, s.label_) for s in after.spans["segments"]] == [
        (s.start_char, s.label_) for s in before.spans["segments"]
    ]
