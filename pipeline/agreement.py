"""Inter-annotator agreement between the corpus (annotator 1) and a second annotator's records.

Annotator 2 labels the same texts independently (`corpora/agreement/annotator2/<id>.json`, turned into
documents by `authoring.locate_annotation`). Sentences are compared only where both annotators drew
the same span, so a boundary disagreement lowers the alignment share and not the kappas as well
(it is still listed for adjudication). Segments and speakers reuse the evaluation scores with
annotator 1 as gold, so agreement and model scores are on the same scale.
"""

from __future__ import annotations

import json
import math
import warnings
from collections import Counter
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from .authoring import AuthoringError, locate_annotation
from .labels import ROLES, SEGMENT_LABELS
from .scoring import segment_counts, segment_scores, speaker_matches

AGREEMENT_START, AGREEMENT_END = "<!-- agreement:start -->", "<!-- agreement:end -->"


def cohen_kappa(a: list, b: list) -> float:
    """Cohen's kappa of two equally long label lists.

    1.0 when both annotators used one and the same label throughout (sklearn leaves that case
    undefined, but it is perfect agreement); NaN for empty lists.
    """
    if len(a) != len(b):
        raise ValueError(f"label lists differ in length: {len(a)} and {len(b)}")
    if not a:
        return math.nan
    if len(set(a) | set(b)) == 1:
        return 1.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a constant list gives a zero-division warning, not an error
        return float(cohen_kappa_score(a, b))


def agreement(docs1: list[dict], docs2: list[dict]) -> dict:
    """Compare annotator 2's documents with annotator 1's documents of the same id.

    Returns counts and scores: `documents`; `sentences` (alignment); `stance` and one entry per
    role in `roles` (kappa and raw agreement over aligned sentences); `segments` (character micro
    F1 and per-label F1, annotator 1 as reference); `speakers` (quote attribution accuracy);
    `document_stance`; and `disagreements`, one record per sentence to adjudicate.
    """
    by_id = {doc["id"]: doc for doc in docs1}
    pairs = [(by_id[doc["id"]], doc) for doc in sorted(docs2, key=lambda d: d["id"]) if doc["id"] in by_id]
    stances1, stances2 = [], []
    roles1: dict[str, list[bool]] = {role: [] for role in ROLES}
    roles2: dict[str, list[bool]] = {role: [] for role in ROLES}
    counts: Counter = Counter()
    speakers_correct = speakers_total = sentences1 = sentences2 = matched = 0
    disagreements = []
    for doc1, doc2 in pairs:
        spans1, spans2 = _sentences_by_span(doc1), _sentences_by_span(doc2)
        sentences1 += len(spans1)
        sentences2 += len(spans2)
        for span in sorted(set(spans1) & set(spans2)):
            matched += 1
            first, second = spans1[span], spans2[span]
            stances1.append(first.get("stance"))
            stances2.append(second.get("stance"))
            for role in ROLES:
                roles1[role].append(role in (first.get("roles") or []))
                roles2[role].append(role in (second.get("roles") or []))
        disagreements.extend(_disagreements(doc1, spans1, spans2))
        counts += segment_counts(doc1["text"], doc1.get("segments") or [], doc2.get("segments") or [])
        correct, total = speaker_matches(doc1, doc2)
        speakers_correct += correct
        speakers_total += total
    scores = segment_scores(counts)
    doc_stances1 = [doc1.get("stance") for doc1, _ in pairs]
    doc_stances2 = [doc2.get("stance") for _, doc2 in pairs]
    return {
        "documents": len(pairs),
        "sentences": {
            "annotator1": sentences1,
            "annotator2": sentences2,
            "matched": matched,
            "matched_share": matched / sentences1 if sentences1 else math.nan,
        },
        "stance": _label_agreement(stances1, stances2),
        "roles": {role: _label_agreement(roles1[role], roles2[role]) for role in ROLES},
        "segments": {
            "micro_f1": scores["segment_micro_f1"],
            "labels": {label: scores["segments"][label]["f1"] for label in SEGMENT_LABELS},
        },
        "speakers": {
            "correct": speakers_correct,
            "total": speakers_total,
            "accuracy": speakers_correct / speakers_total if speakers_total else math.nan,
        },
        "document_stance": _label_agreement(doc_stances1, doc_stances2),
        "disagreements": disagreements,
    }


def _sentences_by_span(doc: dict) -> dict[tuple[int, int], dict]:
    """Sentences keyed by their span with surrounding whitespace trimmed off."""
    text = doc["text"]
    spans = {}
    for sentence in doc.get("sentences") or []:
        start, end = sentence["start"], sentence["end"]
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        spans[(start, end)] = sentence
    return spans


def _label_agreement(a: list, b: list) -> dict:
    same = sum(x == y for x, y in zip(a, b))
    return {"n": len(a), "agreement": same / len(a) if a else math.nan, "kappa": cohen_kappa(a, b)}


def _labels(sentence: dict | None) -> dict | None:
    if sentence is None:
        return None
    return {"stance": sentence.get("stance"), "roles": sorted(sentence.get("roles") or [], key=_role_order)}


def _role_order(role: str) -> tuple[int, str]:
    return (ROLES.index(role), role) if role in ROLES else (len(ROLES), role)


def _disagreements(doc1: dict, spans1: dict, spans2: dict) -> list[dict]:
    """Sentences whose labels differ, and sentences only one annotator drew, in text order."""
    found = []
    for span in sorted(set(spans1) | set(spans2)):
        first, second = _labels(spans1.get(span)), _labels(spans2.get(span))
        if first != second:
            found.append(
                {
                    "id": doc1["id"],
                    "start": span[0],
                    "end": span[1],
                    "sentence": doc1["text"][span[0] : span[1]],
                    "annotator1": first,
                    "annotator2": second,
                }
            )
    return found


def load_annotator2(folder: Path, docs1: list[dict]) -> list[dict]:
    """Annotator 2's records in `folder` (`<id>.json`) as documents over annotator 1's texts."""
    texts = {doc["id"]: doc["text"] for doc in docs1}
    documents = []
    for path in sorted(Path(folder).glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise AuthoringError(f"{path}: {error}") from error
        doc_id = record.get("id") or path.stem
        if doc_id not in texts:
            raise AuthoringError(f"{path}: no annotator 1 document with id {doc_id!r}")
        documents.append(locate_annotation(texts[doc_id], {**record, "id": doc_id}))
    return documents


def render_agreement_markdown(result: dict) -> str:
    """The agreement scores as Markdown tables between the agreement markers."""
    sentences, speakers = result["sentences"], result["speakers"]
    accuracy = f"{_percent(speakers['accuracy'])} ({speakers['correct']}/{speakers['total']})"
    overview = [
        ["documents compared", result["documents"]],
        ["sentences (annotator 1 / annotator 2)", f"{sentences['annotator1']} / {sentences['annotator2']}"],
        ["sentences with the same span", f"{sentences['matched']} ({_percent(sentences['matched_share'])})"],
        ["segment character micro F1", _score(result["segments"]["micro_f1"])],
        ["speaker attribution accuracy", accuracy],
        ["disagreements to adjudicate", len(result["disagreements"])],
    ]
    labels = [["sentence stance", *_agreement_cells(result["stance"])]]
    labels.extend([f"role {role}", *_agreement_cells(entry)] for role, entry in result["roles"].items())
    labels.append(["document stance", *_agreement_cells(result["document_stance"])])
    segments = [[label, _score(f1)] for label, f1 in result["segments"]["labels"].items()]
    parts = [
        AGREEMENT_START,
        _table("Agreement", ["measure", "value"], overview),
        _table("Labels", ["labels", "items", "agreement", "kappa"], labels),
        _table("Segments (annotator 1 as reference)", ["label", "F1"], segments),
        AGREEMENT_END,
    ]
    return "\n\n".join(parts)


def _agreement_cells(entry: dict) -> list:
    return [entry["n"], _percent(entry["agreement"]), _score(entry["kappa"])]


def _table(title: str, header: list[str], rows: list[list]) -> str:
    lines = [f"**{title}**", "", "| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines.extend("| " + " | ".join(str(value) for value in row) + " |" for row in rows)
    return "\n".join(lines)


def _percent(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{100 * value:.1f}%"


def _score(value: float) -> str:
    return "n/a" if math.isnan(value) else f"{value:.3f}"
