"""Build labelled documents (ANNOTATION.md JSONL records) from the team's block-based authoring files.

Writing character offsets by hand is error-prone, so corpus authors describe a statement as an
ordered list of blocks and the builder assembles the raw `text` and every offset from them::

    {"id": "...", "meta": {...}, "stance": "against", "layouts": [...], "hard_cases": [...],
     "speakers": [{"id": "s1", "name": "...", "role": "...", "org": "..."}],
     "blocks": [
        {"label": "boilerplate", "text": "FOR IMMEDIATE RELEASE"},
        {"label": "headline", "sents": [["Police warn over encryption plans", "against"]]},
        {"label": "quote", "speaker": "s1", "pre": "\u201c", "post": "\u201d",
         "sents": [["Encryption hides abuse.", "against", ["harm_claim"]]]},
        {"label": "lead", "join": " ", "sents": [["she said.", "neutral"]]}]}

A block's `join` is the text placed before it (default a blank line), `pre`/`post` are unlabelled
characters around its segment (quotation marks, bullets), `sep` joins its sentences (default one
space). Boilerplate blocks carry `text` instead of `sents`; blocks with `"label": null` are
unlabelled text (decorative rules).
"""

from __future__ import annotations

import json
from pathlib import Path

from .labels import BODY_TYPES, DOC_STANCES, ROLES, SEGMENT_LABELS, SENTENCE_STANCES


class AuthoringError(ValueError):
    """An authoring file that cannot be turned into a valid document."""


def _sentence_parts(item, where: str) -> tuple[str, str, list[str]]:
    if not isinstance(item, list) or not 2 <= len(item) <= 3:
        raise AuthoringError(f"{where}: a sentence is [text, stance] or [text, stance, [roles]]")
    text, stance = item[0], item[1]
    roles = list(item[2]) if len(item) == 3 else []
    if not isinstance(text, str) or not text or text != text.strip():
        raise AuthoringError(f"{where}: sentence text must be non-empty without outer whitespace")
    if stance not in SENTENCE_STANCES:
        raise AuthoringError(f"{where}: unknown stance {stance!r}")
    for role in roles:
        if role not in ROLES:
            raise AuthoringError(f"{where}: unknown role {role!r}")
    return text, stance, sorted(set(roles), key=ROLES.index)


def build_document(source: dict) -> dict:
    """Turn one authoring record into an ANNOTATION.md document with exact offsets."""
    doc_id = source.get("id")
    if not doc_id:
        raise AuthoringError("document has no id")
    speakers = source.get("speakers", [])
    speaker_ids = {s["id"] for s in speakers}
    if source.get("stance") not in DOC_STANCES:
        raise AuthoringError(f"{doc_id}: document stance must be one of {DOC_STANCES}")
    body_type = source.get("meta", {}).get("body_type")
    if body_type is not None and body_type not in BODY_TYPES:
        raise AuthoringError(f"{doc_id}: unknown body_type {body_type!r}")
    text = ""
    segments: list[dict] = []
    sentences: list[dict] = []
    for index, block in enumerate(source.get("blocks", [])):
        where = f"{doc_id} block {index}"
        if index:
            text += block.get("join", "\n\n")
        text += block.get("pre", "")
        label = block.get("label")
        if label is not None and label not in SEGMENT_LABELS:
            raise AuthoringError(f"{where}: unknown label {label!r}")
        start = len(text)
        if "sents" in block:
            if label in (None, "boilerplate"):
                raise AuthoringError(f"{where}: {label} blocks take `text`, not `sents`")
            parts = [_sentence_parts(item, where) for item in block["sents"]]
            if not parts:
                raise AuthoringError(f"{where}: empty `sents`")
            for number, (sentence, stance, roles) in enumerate(parts):
                if number:
                    text += block.get("sep", " ")
                sentences.append(
                    {"start": len(text), "end": len(text) + len(sentence), "stance": stance, "roles": roles}
                )
                text += sentence
        else:
            content = block.get("text", "")
            if label not in (None, "boilerplate") or not content.strip():
                raise AuthoringError(f"{where}: only boilerplate/unlabelled blocks take `text`")
            text += content
        end = len(text)
        if label is not None:
            segment = {"start": start, "end": end, "label": label}
            if label == "quote":
                if block.get("speaker") not in speaker_ids:
                    raise AuthoringError(f"{where}: quote speaker {block.get('speaker')!r} is not declared")
                segment["speaker"] = block["speaker"]
            segments.append(segment)
        text += block.get("post", "")
    if not segments:
        raise AuthoringError(f"{doc_id}: no blocks")
    document = {
        "id": doc_id,
        "text": text,
        "meta": source.get("meta", {}),
        "speakers": speakers,
        "segments": segments,
        "sentences": sentences,
        "stance": source["stance"],
    }
    for extra in ("layouts", "hard_cases"):
        if extra in source:
            document[extra] = source[extra]
    return document


def load_sources(paths) -> list[dict]:
    """Read authoring files (`*.json`, one document each) below the given files or folders."""
    files: list[Path] = []
    for path in map(Path, paths):
        files.extend(sorted(path.rglob("*.json")) if path.is_dir() else [path])
    documents = []
    for file in files:
        try:
            source = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise AuthoringError(f"{file}: {error}") from error
        try:
            documents.append(build_document(source))
        except (KeyError, TypeError) as error:
            raise AuthoringError(f"{file}: malformed authoring record ({error!r})") from error
        except AuthoringError as error:
            raise AuthoringError(f"{file}: {error}") from error
    return documents


def locate_annotation(text: str, annotation: dict) -> dict:
    """Turn a second annotator's substring record into an ANNOTATION.md document over `text`.

    The record lists `segments` as `[label, exact text, speaker id?]` and `sentences` as
    `[exact text, stance, roles?]`, each in document order; every substring is searched for from
    the end of the previous one, so repeated phrases resolve to the right occurrence.
    """
    doc_id = annotation.get("id", "?")
    speaker_ids = {s["id"] for s in annotation.get("speakers", [])}

    def find(piece: str, cursor: int, what: str) -> int:
        at = text.find(piece, cursor)
        if at < 0 or not piece.strip():
            raise AuthoringError(f"{doc_id}: {what} {piece[:60]!r} not found after offset {cursor}")
        return at

    segments, cursor = [], 0
    for item in annotation.get("segments", []):
        label, piece = item[0], item[1]
        if label not in SEGMENT_LABELS:
            raise AuthoringError(f"{doc_id}: unknown segment label {label!r}")
        start = find(piece, cursor, "segment")
        segment = {"start": start, "end": start + len(piece), "label": label}
        if label == "quote":
            if len(item) < 3 or item[2] not in speaker_ids:
                raise AuthoringError(f"{doc_id}: quote {piece[:40]!r} needs a declared speaker id")
            segment["speaker"] = item[2]
        segments.append(segment)
        cursor = segment["end"]
    sentences, cursor = [], 0
    for item in annotation.get("sentences", []):
        piece, stance, roles = _sentence_parts(list(item), doc_id)
        start = find(piece, cursor, "sentence")
        sentences.append({"start": start, "end": start + len(piece), "stance": stance, "roles": roles})
        cursor = start + len(piece)
    if annotation.get("stance") not in DOC_STANCES:
        raise AuthoringError(f"{doc_id}: document stance must be one of {DOC_STANCES}")
    return {"id": doc_id, "text": text, "speakers": annotation.get("speakers", []), "segments": segments,
            "sentences": sentences, "stance": annotation["stance"]}


if __name__ == "__main__":  # a quick check for authors: python -m pipeline.authoring FILE...
    import sys

    built = load_sources(sys.argv[1:])
    words = sum(len(doc["text"].split()) for doc in built)
    print(f"ok: {len(built)} documents, {sum(len(d['sentences']) for d in built)} sentences, {words} words")
