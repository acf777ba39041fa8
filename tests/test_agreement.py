import json
import math

import pytest
from click.testing import CliRunner

from pipeline.agreement import agreement, cohen_kappa, render_agreement_markdown
from pipeline.authoring import build_document, locate_annotation
from pipeline.corpus_cli import corpus

SOURCE = {
    "id": "d1",
    "meta": {"body": "Some Police", "body_type": "law_enforcement"},
    "stance": "against",
    "speakers": [{"id": "s1", "name": "Jane Roe", "role": "Chief", "org": None}],
    "blocks": [
        {"label": "headline", "sents": [["Police warn over encryption", "against"]]},
        {"label": "lead", "sents": [["Jane Roe said:", "neutral"]]},
        {
            "label": "quote",
            "speaker": "s1",
            "pre": "\u201c",
            "post": "\u201d",
            "sents": [
                ["Encryption hides abuse.", "against", ["harm_claim"]],
                ["We must act now.", "against", ["policy_ask"]],
            ],
        },
        {"label": "body", "sents": [["The firm disagrees.", "neutral"], ["Privacy matters.", "favor"]]},
    ],
}

# Annotator 2 adds a role, changes one stance, labels the body a note and keeps the body as one sentence.
ANNOTATION = {
    "id": "d1",
    "stance": "against",
    "speakers": [{"id": "a", "name": "Dr. Jane Roe", "role": None, "org": None}],
    "segments": [
        ["headline", "Police warn over encryption"],
        ["lead", "Jane Roe said:"],
        ["quote", "Encryption hides abuse. We must act now.", "a"],
        ["note", "The firm disagrees. Privacy matters."],
    ],
    "sentences": [
        ["Police warn over encryption", "against"],
        ["Jane Roe said:", "neutral"],
        ["Encryption hides abuse.", "against", ["harm_claim", "causal_claim"]],
        ["We must act now.", "neutral", ["policy_ask"]],
        ["The firm disagrees. Privacy matters.", "favor"],
    ],
}


def annotators():
    doc1 = build_document(SOURCE)
    return doc1, locate_annotation(doc1["text"], ANNOTATION)


def compare_one() -> dict:
    doc1, doc2 = annotators()
    return agreement([doc1], [doc2])


def second_document(speaker2: str, stance2: str):
    """A one-quote document on which the annotators name different speakers and document stances."""
    source = {
        "id": "d2",
        "stance": "favor",
        "speakers": [{"id": "s1", "name": "John Doe", "role": None, "org": None}],
        "blocks": [{"label": "quote", "speaker": "s1", "sents": [["Encryption keeps people safe.", "favor"]]}],
    }
    doc1 = build_document(source)
    record = {
        "id": "d2",
        "stance": stance2,
        "speakers": [{"id": "s1", "name": speaker2, "role": None, "org": None}],
        "segments": [["quote", "Encryption keeps people safe.", "s1"]],
        "sentences": [["Encryption keeps people safe.", "favor"]],
    }
    return doc1, locate_annotation(doc1["text"], record)


# ------------------------------------------------------------------------------------------- kappa


def test_kappa_of_a_known_example_is_one_half():
    assert cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"]) == pytest.approx(0.5)


def test_kappa_of_identical_labels_is_one():
    assert cohen_kappa(["a", "b", "c"], ["a", "b", "c"]) == 1.0


def test_kappa_of_one_shared_constant_label_is_one():
    assert cohen_kappa(["a", "a", "a"], ["a", "a", "a"]) == 1.0
    assert cohen_kappa([False, False], [False, False]) == 1.0


def test_kappa_of_two_different_constant_labels_is_zero():
    assert cohen_kappa(["a", "a"], ["b", "b"]) == 0.0


def test_kappa_of_no_items_is_nan_and_of_unequal_lists_an_error():
    assert math.isnan(cohen_kappa([], []))
    with pytest.raises(ValueError, match="differ in length: 2 and 1"):
        cohen_kappa(["a", "b"], ["a"])


# --------------------------------------------------------------------------------------- agreement


def test_agreement_aligns_sentences_with_identical_spans():
    result = compare_one()
    assert result["documents"] == 1
    assert result["sentences"] == {"annotator1": 6, "annotator2": 5, "matched": 4, "matched_share": 4 / 6}


def test_agreement_of_sentence_stance_over_aligned_sentences():
    result = compare_one()
    # against, neutral, against, against vs against, neutral, against, neutral
    assert result["stance"] == {"n": 4, "agreement": 0.75, "kappa": pytest.approx(0.5)}


def test_agreement_of_each_role_is_a_binary_kappa():
    result = compare_one()
    assert result["roles"] == {
        "harm_claim": {"n": 4, "agreement": 1.0, "kappa": 1.0},
        "causal_claim": {"n": 4, "agreement": 0.75, "kappa": 0.0},
        "policy_ask": {"n": 4, "agreement": 1.0, "kappa": 1.0},
        "evidence": {"n": 4, "agreement": 1.0, "kappa": 1.0},
    }


def test_agreement_scores_segments_by_character_with_annotator_1_as_reference():
    result = compare_one()
    # 70 non-space characters agree; the 32 of the body are body for one annotator, note for the other
    assert result["segments"]["micro_f1"] == pytest.approx(70 / 102)
    assert result["segments"]["labels"] == {
        "headline": 1.0, "lead": 1.0, "quote": 1.0, "body": 0.0, "note": 0.0, "boilerplate": 0.0,
    }


def test_sentences_align_after_trimming_whitespace():
    doc1, doc2 = annotators()
    first = doc2["sentences"][0]
    first["end"] += 2  # "Police warn over encryption\n\n"
    assert doc1["text"][first["start"] : first["end"]].endswith("\n\n")
    assert agreement([doc1], [doc2])["sentences"]["matched"] == 4


def test_agreement_compares_speakers_and_document_stances():
    doc1, doc2 = annotators()
    other1, other2 = second_document("Jim Doe", "neutral")
    result = agreement([doc1, other1], [other2, doc2])
    assert result["documents"] == 2
    assert result["speakers"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    # against, favor vs against, neutral: p_o = 1/2, p_e = 1/4
    assert result["document_stance"] == {"n": 2, "agreement": 0.5, "kappa": pytest.approx(1 / 3)}


def test_agreement_ignores_documents_only_annotator_1_labelled():
    doc1, doc2 = annotators()
    other1, _ = second_document("John Doe", "favor")
    result = agreement([doc1, other1], [doc2])
    assert result["documents"] == 1
    assert result["speakers"] == {"correct": 1, "total": 1, "accuracy": 1.0}


def test_disagreements_list_label_and_boundary_differences_in_text_order():
    doc1, doc2 = annotators()
    text = doc1["text"]

    def entry(sentence, first, second):
        start = text.index(sentence)
        return {"id": "d1", "start": start, "end": start + len(sentence), "sentence": sentence,
                "annotator1": first, "annotator2": second}

    assert agreement([doc1], [doc2])["disagreements"] == [
        entry("Encryption hides abuse.", {"stance": "against", "roles": ["harm_claim"]},
              {"stance": "against", "roles": ["harm_claim", "causal_claim"]}),
        entry("We must act now.", {"stance": "against", "roles": ["policy_ask"]},
              {"stance": "neutral", "roles": ["policy_ask"]}),
        entry("The firm disagrees.", {"stance": "neutral", "roles": []}, None),
        entry("The firm disagrees. Privacy matters.", None, {"stance": "favor", "roles": []}),
        entry("Privacy matters.", {"stance": "favor", "roles": []}, None),
    ]


def test_identical_annotations_agree_fully_and_list_no_disagreement():
    doc1 = build_document(SOURCE)
    result = agreement([doc1], [json.loads(json.dumps(doc1))])
    assert result["stance"] == {"n": 6, "agreement": 1.0, "kappa": 1.0}
    assert result["segments"]["micro_f1"] == 1.0
    assert result["disagreements"] == []


def test_render_agreement_markdown_is_framed_and_shows_scores():
    text = render_agreement_markdown(compare_one())
    assert text.startswith("<!-- agreement:start -->\n\n**Agreement**")
    assert text.endswith("<!-- agreement:end -->")
    assert "| sentences with the same span | 4 (66.7%) |" in text
    assert "| sentence stance | 4 | 75.0% | 0.500 |" in text
    assert "| role causal_claim | 4 | 75.0% | 0.000 |" in text
    assert "| speaker attribution accuracy | 100.0% (1/1) |" in text
    assert "| disagreements to adjudicate | 5 |" in text
    assert "| body | 0.000 |" in text


def test_render_agreement_markdown_shows_undefined_scores_as_n_a():
    text = render_agreement_markdown(agreement([], []))
    assert "| sentence stance | 0 | n/a | n/a |" in text
    assert "| speaker attribution accuracy | n/a (0/0) |" in text


# --------------------------------------------------------------------------------------------- CLI


def agreement_files(tmp_path, annotation=ANNOTATION):
    sources = tmp_path / "sources" / "b1"
    sources.mkdir(parents=True)
    (sources / "d1.json").write_text(json.dumps(SOURCE), encoding="utf-8")
    annotator2 = tmp_path / "agreement" / "annotator2"
    annotator2.mkdir(parents=True)
    (annotator2 / f"{annotation['id']}.json").write_text(json.dumps(annotation), encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text("# Corpus\n\n<!-- agreement:start -->\n<!-- agreement:end -->\n", encoding="utf-8")
    args = ["agreement", "--sources", str(tmp_path / "sources"), "--annotator2", str(annotator2)]
    return [*args, "--readme", str(readme)], readme


def test_cli_agreement_prints_markdown_updates_readme_and_writes_disagreements(tmp_path):
    args, readme = agreement_files(tmp_path)
    result = CliRunner().invoke(corpus, args)
    assert result.exit_code == 0, result.output
    doc1, doc2 = annotators()
    markdown = render_agreement_markdown(agreement([doc1], [doc2]))
    assert markdown in result.output
    assert readme.read_text(encoding="utf-8") == f"# Corpus\n\n{markdown}\n"
    lines = (tmp_path / "agreement" / "disagreements.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["sentence"] for line in lines] == [
        "Encryption hides abuse.",
        "We must act now.",
        "The firm disagrees.",
        "The firm disagrees. Privacy matters.",
        "Privacy matters.",
    ]
    assert "5 disagreements ->" in result.output
    assert f"{readme}: agreement updated" in result.output


def test_cli_agreement_rejects_a_record_without_annotator_1_document(tmp_path):
    args, readme = agreement_files(tmp_path, {**ANNOTATION, "id": "unknown"})
    result = CliRunner().invoke(corpus, args)
    assert result.exit_code == 1
    assert "no annotator 1 document with id 'unknown'" in result.output
    assert not (tmp_path / "agreement" / "disagreements.jsonl").exists()


def test_cli_agreement_needs_annotator_2_records(tmp_path):
    args, readme = agreement_files(tmp_path)
    (tmp_path / "agreement" / "annotator2" / "d1.json").unlink()
    result = CliRunner().invoke(corpus, args)
    assert result.exit_code == 1
    assert "no annotator 2 records (*.json)" in result.output
