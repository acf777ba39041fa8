"""Sentence-level training examples: what every reader produces and every model component learns from."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class SentenceExample:
    """One labelled sentence with the context the models use.

    text: the sentence. segment: its segment label (None when unknown, e.g. from a CSV).
    previous / following: the neighbouring sentences of the same document ("" when none).
    speaker_side: "publisher" (the publisher's own words), "own" (a quote by someone of the
        publishing body), "other" (a quote by anyone else) or None when unknown.
    body_type: the publisher's body type when known. target: what the stance is toward
        ("e2ee" for ANNOTATION.md data; SemEval-style data names its own targets).
    stance: the gold stance label or None (unlabelled for stance). roles: gold roles or None
        (unlabelled for roles). doc_id / start / end locate the sentence when it came from a document.
    speaker: the id of the quote's speaker (None outside quotes), grouping a speaker's sentences.
    """

    text: str
    segment: str | None = None
    previous: str = ""
    following: str = ""
    speaker_side: str | None = None
    body_type: str | None = None
    target: str = "e2ee"
    stance: str | None = None
    roles: list[str] | None = None
    doc_id: str | None = None
    start: int | None = None
    end: int | None = None
    extra: dict = field(default_factory=dict)
    speaker: str | None = None  # the quoted speaker's id; None for the publisher's own words


def _words(value: str | None) -> set[str]:
    return {w for w in "".join(ch.lower() if ch.isalnum() else " " for ch in value or "").split() if len(w) > 2}


def speaker_side(speaker: dict | None, publisher: str | None, n_speakers: int, body_type: str | None = None) -> str:
    """"own" when the quoted speaker belongs to the publishing body, else "other"."""
    if speaker is None:
        return "other"
    org = _words(speaker.get("org"))
    body = _words(publisher)
    if org and body:
        return "own" if len(org & body) / min(len(org), len(body)) >= 0.5 else "other"
    # a release's one quoted person with no organisation is its own spokesperson; a news story's source is not
    return "own" if n_speakers == 1 and body_type != "media" else "other"


def examples_from_document(document: dict) -> list[SentenceExample]:
    """Examples for every sentence of an ANNOTATION.md record (labels copied when present).

    Used for gold training data and for prediction alike, so both see the same context.
    """
    text = document["text"]
    meta = document.get("meta") or {}
    speakers = {s["id"]: s for s in document.get("speakers") or []}
    segments = sorted(document.get("segments") or [], key=lambda s: s["start"])
    sentences = sorted(document.get("sentences") or [], key=lambda s: s["start"])
    starts = [s["start"] for s in segments]
    sides: dict = {}  # per quoted speaker: one comparison of names per document, not per sentence
    # neighbours are the same string objects as the sentences (hashed once when looked up)
    texts = [text[sentence["start"] : sentence["end"]] for sentence in sentences]
    last = len(sentences) - 1
    body_type, doc_id = meta.get("body_type"), document.get("id")
    examples = []
    for index, sentence in enumerate(sentences):
        position = bisect.bisect_right(starts, sentence["start"]) - 1
        segment = segments[position] if position >= 0 and segments[position]["end"] > sentence["start"] else None
        label = segment["label"] if segment else None
        speaker = None
        if label == "quote":
            speaker = segment.get("speaker")
            if speaker not in sides:
                sides[speaker] = speaker_side(speakers.get(speaker), meta.get("body"), len(speakers), meta.get("body_type"))
            side = sides[speaker]
        else:
            side = "publisher" if segment else None
        examples.append(
            SentenceExample(
                text=texts[index],
                segment=label,
                previous=texts[index - 1] if index else "",
                following=texts[index + 1] if index < last else "",
                speaker_side=side,
                body_type=body_type,
                stance=sentence.get("stance"),
                roles=list(sentence["roles"]) if sentence.get("roles") is not None else None,
                doc_id=doc_id,
                start=sentence["start"],
                end=sentence["end"],
                speaker=speaker,
            )
        )
    return examples
