"""Sentences labelled in doccano and Label Studio, and the context exported tasks carry back.

`doccano_items` and `label_studio_item` read what a reviewer chose as `Labelled` items; whether
those labels include roles is decided per file (see `training_data.iter_record_examples`), then
`tool_example` turns each item into a `SentenceExample`. `record_context` and `sentence_example`
restore the features `stance export` wrote beside each sentence (neighbouring sentences,
segment, speaker side, body type) and where it came from (`extra`: line, doc_id, offsets).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Errors, StanceError
from .examples import SentenceExample

DOCCANO_KEYS = ("label", "labels", "entities", "cats")


@dataclass
class Labelled:
    """A sentence of an annotation-tool record, before its labels are split into stance and roles."""

    line: int
    text: str
    labels: list[str]
    context: dict
    span: bool = False  # a labelled span of a doccano sequence-labelling record


def doccano_items(record: dict, path: str, line: int) -> list[Labelled]:
    """doccano text classification (`label`: names) or sequence labelling (`label`: spans)."""
    text = record.get("text", record.get("data"))
    if not isinstance(text, str):
        raise StanceError(Errors.E042.format(path=path, line=line, why="no string `text`"))
    key = next(key for key in DOCCANO_KEYS if isinstance(record.get(key), list))
    value = record[key]
    context = record_context(record.get("meta"), record, record.get("context"))
    if all(isinstance(label, str) for label in value):
        return [Labelled(line, text, list(value), context)]
    spans: dict[tuple[int, int], list[str]] = {}
    for index, span in enumerate(value):
        start, end, label = _doccano_span(span)
        if not (_is_int(start) and _is_int(end) and isinstance(label, str)):
            why = "is neither a label name nor a span [start, end, label] or {start_offset, end_offset, label}"
            raise StanceError(Errors.E102.format(path=path, line=line, field=f"{key}[{index}]", why=why))
        if not 0 <= start < end <= len(text):
            raise StanceError(Errors.E105.format(path=path, line=line, start=start, end=end, size=len(text)))
        spans.setdefault((start, end), []).append(label)
    # every labelled span is a sentence: the stance label and the role labels on the same offsets
    where = {name: context[name] for name in ("doc_id", "target", "body_type") if name in context}
    return [Labelled(line, text[start:end], labels, {**where, "start": start, "end": end}, span=True)
            for (start, end), labels in spans.items()]


def _doccano_span(span: object) -> tuple:
    if isinstance(span, list) and len(span) == 3:
        return tuple(span)
    if isinstance(span, dict):
        return (span.get("start_offset", span.get("start")), span.get("end_offset", span.get("end")), span.get("label"))
    return None, None, None


def label_studio_item(task: dict, path: str, line: int, use_predictions: bool) -> Labelled | None:
    """The chosen labels of a task: its latest annotation not cancelled, else (when asked) its last
    prediction; None when it has neither."""
    data = task["data"]
    if not isinstance(data.get("text"), str):
        raise StanceError(Errors.E101.format(path=path, line=line))
    chosen = None
    for key in ("annotations", "completions", "predictions"):  # "completions": Label Studio before 1.0
        if key == "predictions" and (chosen is not None or not use_predictions):
            break
        entries = task.get(key) or []
        if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
            raise StanceError(Errors.E102.format(path=path, line=line, field=key, why="is not a list of objects"))
        kept = [(entry.get("updated_at") or entry.get("created_at") or "", index, entry)
                for index, entry in enumerate(entries) if not entry.get("was_cancelled")]
        if kept:
            chosen = max(kept, key=lambda item: (str(item[0]), item[1]))[2]
            break
    if chosen is None:
        return None
    result = chosen.get("result") or []
    if not isinstance(result, list) or not all(isinstance(item, dict) for item in result):
        raise StanceError(Errors.E102.format(path=path, line=line, field="result", why="is not a list of objects"))
    labels = []
    for item in result:
        if item.get("type") != "choices":
            continue
        choices = (item.get("value") or {}).get("choices") if isinstance(item.get("value"), dict) else None
        if not isinstance(choices, list) or not all(isinstance(choice, str) for choice in choices):
            why = "has no list of choice names in `value.choices`"
            raise StanceError(Errors.E102.format(path=path, line=line, field=f"result.{item.get('from_name')}", why=why))
        labels.extend(choices)
    if result and not any(item.get("type") == "choices" for item in result):
        types = ", ".join(sorted({str(item.get("type")) for item in result}))
        why = f"has no `choices` results (found {types}); label with the config `stance export` wrote"
        raise StanceError(Errors.E102.format(path=path, line=line, field="result", why=why))
    return Labelled(line, data["text"], labels, record_context(data, data.get("context")))


def tool_example(item: Labelled, path: str, stances: set[str], roles_labelled: bool) -> SentenceExample:
    chosen = list(dict.fromkeys(item.labels))
    stance = [label for label in chosen if label.lower() in stances]
    if len(stance) > 1:
        raise StanceError(Errors.E103.format(path=path, line=item.line, labels=", ".join(stance)))
    roles = [label for label in chosen if label.lower() not in stances]
    context = {**item.context, "line": item.line}
    return sentence_example(item.text, stance[0].lower() if stance else None, roles if roles_labelled else None, context)


def record_context(*sources) -> dict:
    """Merge the places a record keeps its sentence's context; later sources win."""
    merged = {}
    for source in sources:
        if isinstance(source, dict):
            merged.update({key: value for key, value in source.items() if value is not None})
    return merged


def sentence_example(text: str, stance: str | None, roles: list[str] | None, context: dict) -> SentenceExample:
    """A sentence example with whatever context the record carried (the model's features)."""

    def string(key: str) -> str | None:
        value = context.get(key)
        return value if isinstance(value, str) and value else None

    where = {key: context[key] for key in ("line", "doc_id", "sentence", "start", "end") if key in context}
    return SentenceExample(
        text=text,
        segment=string("segment"),
        previous=string("previous") or "",
        following=string("following") or "",
        speaker_side=string("speaker_side"),
        body_type=string("body_type"),
        target=string("target") or "e2ee",
        stance=stance,
        roles=roles,
        extra=where,
    )


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
