"""Export the sentences of a `stance run` for spreadsheets, dataframes and annotation tools.

One row (or task) per sentence, with its document offsets, the span text, the segment and speaker,
the predicted stance and roles and their scores. Formats:

- csv / parquet: flat columns, see `columns()`;
- prodigy: JSONL tasks for Prodigy's `choice` interface (`options`, pre-selected `accept`);
- doccano: JSONL for a doccano text-classification project (`text`, `label` list, metadata keys);
- label-studio: a JSON list of Label Studio tasks with `predictions`, plus `label_config.xml`.

Every writer streams the records (`results.iter_records`) and writes atomically. The context each
task carries (`context` or `data` keys: neighbouring sentences, segment, speaker side, body type)
lets `training_data` rebuild the same features the models saw at prediction time.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator
from xml.sax.saxutils import quoteattr

from .errors import Errors, StanceError
from .examples import examples_from_document
from .export import atomic_writer, record_line
from .labels import EXPORT_FORMATS, ROLES, SENTENCE_STANCES
from .results import iter_records, records_path

FORMATS = EXPORT_FORMATS
LABEL_CONFIG = "label_config.xml"
PARQUET_BATCH_ROWS = 2048
ROLE_SEPARATOR = ";"


@dataclass
class ExportReport:
    """What `export` wrote: the number of sentences and the files (the export, then any companion)."""

    sentences: int
    files: list[Path]


def export(
    source, out: str | Path, fmt: str, *, min_confidence: float | None = None, max_confidence: float | None = None
) -> ExportReport:
    """Write the sentences of the run at `source` to `out` in format `fmt` (one of FORMATS).

    source: a `stance run` output folder or its documents.jsonl.
    min_confidence / max_confidence: keep only sentences whose top stance probability is at
        least / at most this (the sure ones, or the doubtful ones to review first); sentences
        without stance scores are then left out.
    RETURNS (ExportReport): sentences written and the files written.
    RAISES (StanceError): E060/E061 for a missing or malformed run, E110-E113 for bad records,
        options or an unwritable `out`.
    """
    if fmt not in WRITERS:
        raise StanceError(Errors.E112.format(fmt=fmt, formats=", ".join(FORMATS)))
    for value in (min_confidence, max_confidence):
        if value is not None and not 0 <= value <= 1:
            raise StanceError(Errors.E113.format(value=value))
    if min_confidence is not None and max_confidence is not None and min_confidence > max_confidence:
        raise StanceError(Errors.E114.format(low=min_confidence, high=max_confidence))
    path = records_path(source)
    out = Path(out)
    if out.resolve() == path.resolve():
        raise StanceError(Errors.E111.format(path=out, why="it is the run's own documents.jsonl"))
    labels = label_sets(path)
    rows = sentence_rows(path, labels, min_confidence=min_confidence, max_confidence=max_confidence)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        count = WRITERS[fmt](rows, out, labels)
        files = [out]
        if fmt == "label-studio":
            config = out.with_name(LABEL_CONFIG)
            with atomic_writer(config) as handle:
                handle.write(label_studio_config(labels))
            files.append(config)
    except OSError as error:
        raise StanceError(Errors.E111.format(path=out, why=error.strerror or error)) from error
    return ExportReport(count, files)


# --- sentences of the run records -----------------------------------------------------------------


@dataclass(frozen=True)
class LabelSets:
    """The stance and role labels of a run, in a stable order (the standard ones first)."""

    stances: tuple[str, ...]
    roles: tuple[str, ...]


def label_sets(source) -> LabelSets:
    """Stance and role labels scored anywhere in the run (a first streaming pass over the records).

    A run without predictions gets the standard labels, so every export has the same columns.
    """
    stances, roles = set(), set()
    for record in iter_records(source):
        if not isinstance(record, dict) or not isinstance(record.get("sentences"), list):
            continue  # `sentence_rows` refuses it with its number
        for sentence in record["sentences"]:
            if isinstance(sentence, dict):
                stances.update(_mapping(sentence.get("stance_scores")))
                roles.update(_mapping(sentence.get("role_scores")))
    return LabelSets(_ordered(stances, SENTENCE_STANCES), _ordered(roles, ROLES))


def columns(labels: LabelSets) -> list[str]:
    """Column names of the csv and parquet exports, in order."""
    return [
        "doc_id", "sentence", "start", "end", "text", "segment", "speaker_name", "speaker_role", "speaker_org",
        "stance", *(f"p_{label}" for label in labels.stances), "roles", *(f"role_{label}" for label in labels.roles),
        "body", "body_type", "date",
    ]


def sentence_rows(
    source, labels: LabelSets, *, min_confidence: float | None = None, max_confidence: float | None = None
) -> Iterator[dict]:
    """One dict per sentence of the run, in file order, streamed one record at a time.

    Keys: the `columns()` plus `stance_scores`, `role_scores`, `role_list` and `context`
    (previous, following, segment, speaker_side, body_type) for the annotation-tool formats.
    """
    path = records_path(source)
    for number, record in enumerate(iter_records(path), start=1):
        for row in _record_rows(record, path, number, labels):
            confidence = max(row["stance_scores"].values(), default=None)
            if min_confidence is not None and (confidence is None or confidence < min_confidence):
                continue
            if max_confidence is not None and (confidence is None or confidence > max_confidence):
                continue
            yield row


def _record_rows(record: object, path: Path, number: int, labels: LabelSets) -> list[dict]:
    _check_record(record, path, number)
    text, meta = record["text"], _mapping(record.get("meta"))
    speakers = {s.get("id"): s for s in record.get("speakers") or [] if isinstance(s, dict)}
    segments = sorted(record.get("segments") or [], key=lambda s: s["start"])
    starts = [segment["start"] for segment in segments]
    sentences = sorted(record.get("sentences") or [], key=lambda s: s["start"])
    try:
        # the same context the models computed at prediction time, so re-imported tasks train alike
        examples = examples_from_document({**record, "sentences": sentences})
    except (KeyError, TypeError, AttributeError) as error:
        raise StanceError(Errors.E110.format(path=path, number=number, why=f"malformed entry ({error!r})")) from error
    rows = []
    for index, (sentence, example) in enumerate(zip(sentences, examples)):
        position = bisect.bisect_right(starts, sentence["start"]) - 1
        segment = segments[position] if position >= 0 and segments[position]["end"] > sentence["start"] else {}
        speaker = speakers.get(segment.get("speaker")) or {}
        stance_scores = {label: float(score) for label, score in _mapping(sentence.get("stance_scores")).items()}
        role_scores = {label: float(score) for label, score in _mapping(sentence.get("role_scores")).items()}
        roles = [role for role in sentence.get("roles") or [] if isinstance(role, str)]
        row = {
            "doc_id": record.get("id"),
            "sentence": index,
            "start": sentence["start"],
            "end": sentence["end"],
            "text": text[sentence["start"] : sentence["end"]],
            "segment": segment.get("label"),
            "speaker_name": speaker.get("name"),
            "speaker_role": speaker.get("role"),
            "speaker_org": speaker.get("org"),
            "stance": sentence.get("stance"),
            **{f"p_{label}": stance_scores.get(label) for label in labels.stances},
            "roles": ROLE_SEPARATOR.join(roles) if "roles" in sentence else None,
            **{f"role_{label}": role_scores.get(label) for label in labels.roles},
            "body": meta.get("body"),
            "body_type": meta.get("body_type"),
            "date": meta.get("date"),
            "stance_scores": stance_scores,
            "role_scores": role_scores,
            "role_list": roles,
            "model": " ".join(str(meta[key]) for key in ("model", "model_version") if meta.get(key)),
            "context": {
                "previous": example.previous,
                "following": example.following,
                "segment": example.segment,
                "speaker_side": example.speaker_side,
                "body_type": example.body_type,
            },
        }
        rows.append(row)
    return rows


def _check_record(record: object, path: Path, number: int) -> None:
    """Refuse a record whose sentences cannot be located in its text (not written by `stance run`)."""
    if not isinstance(record, dict):
        raise StanceError(Errors.E110.format(path=path, number=number, why="it is not a JSON object"))
    text = record.get("text")
    if not isinstance(text, str):
        raise StanceError(Errors.E110.format(path=path, number=number, why="it has no string `text`"))
    for key in ("sentences", "segments"):
        items = record.get(key) or []
        if not isinstance(items, list):
            raise StanceError(Errors.E110.format(path=path, number=number, why=f"`{key}` is not a list"))
        for index, item in enumerate(items):
            start, end = (item.get("start"), item.get("end")) if isinstance(item, dict) else (None, None)
            if not (_is_int(start) and _is_int(end) and 0 <= start <= end <= len(text)):
                why = f"{key}[{index}] has no offsets inside its text"
                raise StanceError(Errors.E110.format(path=path, number=number, why=why))
            for scores in ("stance_scores", "role_scores"):
                values = _mapping(item.get(scores)).values()
                if not all(isinstance(value, (int, float)) and not isinstance(value, bool) for value in values):
                    why = f"{key}[{index}].{scores} holds a value that is not a number"
                    raise StanceError(Errors.E110.format(path=path, number=number, why=why))


# --- flat formats ---------------------------------------------------------------------------------


def write_csv(rows: Iterator[dict], out: Path, labels: LabelSets) -> int:
    """CSV with a header (`columns()`); empty cells where a value is unknown."""
    names = columns(labels)
    count = 0
    with atomic_writer(out, "w") as handle:
        handle.reconfigure(newline="")  # the csv module writes its own line ends
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if row[name] is None else row[name] for name in names])
            count += 1
    return count


def write_parquet(rows: Iterator[dict], out: Path, labels: LabelSets) -> int:
    """Parquet with the csv columns, typed, written in row groups of PARQUET_BATCH_ROWS."""
    import pyarrow
    import pyarrow.parquet

    integers = {"sentence", "start", "end"}
    floats = {f"p_{label}" for label in labels.stances} | {f"role_{label}" for label in labels.roles}
    schema = pyarrow.schema(
        [
            (name, pyarrow.int64() if name in integers else pyarrow.float64() if name in floats else pyarrow.string())
            for name in columns(labels)
        ]
    )
    count = 0
    with atomic_writer(out, "wb") as handle:
        with pyarrow.parquet.ParquetWriter(handle, schema) as writer:
            for batch in _batches(rows, PARQUET_BATCH_ROWS):
                table = pyarrow.Table.from_pylist([{name: row[name] for name in schema.names} for row in batch], schema)
                writer.write_table(table)
                count += len(batch)
            if not count:
                writer.write_table(schema.empty_table())
    return count


def _batches(rows: Iterator[dict], size: int) -> Iterator[list[dict]]:
    batch = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


# --- annotation tools -----------------------------------------------------------------------------


def prodigy_task(row: dict, labels: LabelSets) -> dict:
    """A Prodigy task for the `choice` interface: the stance and role options, the predicted ones in
    `accept` (pre-selected), document offsets in `meta`, and the model context in `context`."""
    options = [*labels.stances, *labels.roles]
    accept = [label for label in [row["stance"], *row["role_list"]] if label]
    location = [row["doc_id"], row["start"], row["end"], row["text"]]
    return {
        "text": row["text"],
        "options": [{"id": label, "text": label} for label in options],
        "accept": accept,
        "meta": _tool_meta(row, labels),
        "context": row["context"],
        # our own hashes keep identical sentences of different documents apart (Prodigy dedupes by hash)
        "_input_hash": _hash32(location),
        "_task_hash": _hash32([*location, options]),
    }


def doccano_record(row: dict, labels: LabelSets) -> dict:
    """A line for a doccano text-classification project: `text`, `label` (stance and roles) and
    metadata keys that doccano keeps and exports again."""
    return {
        "text": row["text"],
        "label": [label for label in [row["stance"], *row["role_list"]] if label],
        **_tool_meta(row, labels),
        "context": row["context"],
    }


def label_studio_task(row: dict, labels: LabelSets) -> dict:
    """A Label Studio task: sentence and context in `data`, the model's choices in `predictions`."""
    context = row["context"]
    data = {
        "text": row["text"],
        **_tool_meta(row, labels),
        "previous": context["previous"],
        "following": context["following"],
        "speaker_side": context["speaker_side"],
        "body_type": context["body_type"],
    }
    result = []
    if row["stance"]:
        result.append(_choices("stance", [row["stance"]]))
    if row["role_list"]:
        result.append(_choices("roles", row["role_list"]))
    predictions = []
    if result:
        confidence = max(row["stance_scores"].values(), default=None)
        prediction = {"model_version": row["model"] or "stance", "result": result}
        if confidence is not None:
            prediction["score"] = confidence
        predictions.append(prediction)
    return {"data": data, "predictions": predictions}


def label_studio_config(labels: LabelSets) -> str:
    """The labelling interface for `label_studio_task`s: one stance (single choice), roles (multiple)."""
    stance = "\n".join(f"    <Choice value={quoteattr(label)}/>" for label in labels.stances)
    roles = "\n".join(f"    <Choice value={quoteattr(label)}/>" for label in labels.roles)
    return (
        "<View>\n"
        '  <Header value="$doc_id"/>\n'
        '  <Text name="text" value="$text"/>\n'
        '  <Header value="Stance" size="5"/>\n'
        '  <Choices name="stance" toName="text" choice="single-radio" showInline="true">\n'
        f"{stance}\n"
        "  </Choices>\n"
        '  <Header value="Argument roles" size="5"/>\n'
        '  <Choices name="roles" toName="text" choice="multiple" showInline="true">\n'
        f"{roles}\n"
        "  </Choices>\n"
        "</View>\n"
    )


def _choices(control: str, chosen: list[str]) -> dict:
    return {"from_name": control, "to_name": "text", "type": "choices", "value": {"choices": chosen}}


def _tool_meta(row: dict, labels: LabelSets) -> dict:
    """Where the sentence comes from and what the model said, for the reviewer and the way back."""
    speaker = ", ".join(part for part in (row["speaker_name"], row["speaker_role"], row["speaker_org"]) if part)
    meta = {
        "doc_id": row["doc_id"],
        "sentence": row["sentence"],
        "start": row["start"],
        "end": row["end"],
        "segment": row["segment"],
        "speaker": speaker or None,
    }
    scores = row["stance_scores"]
    meta.update({f"p_{label}": round(scores[label], 4) for label in labels.stances if label in scores})
    return meta


def _write_jsonl(make: Callable[[dict, LabelSets], dict]) -> Callable:
    def write(rows: Iterator[dict], out: Path, labels: LabelSets) -> int:
        count = 0
        with atomic_writer(out) as handle:
            for row in rows:
                handle.write(record_line(make(row, labels)))
                count += 1
        return count

    return write


def write_label_studio(rows: Iterator[dict], out: Path, labels: LabelSets) -> int:
    """A JSON list of tasks (what Label Studio imports), written one task at a time."""
    count = 0
    with atomic_writer(out) as handle:
        handle.write("[")
        for row in rows:
            handle.write(",\n" if count else "\n")
            handle.write(record_line(label_studio_task(row, labels)).rstrip("\n"))
            count += 1
        handle.write("\n]\n")
    return count


WRITERS: dict[str, Callable[[Iterator[dict], Path, LabelSets], int]] = {
    "csv": write_csv,
    "parquet": write_parquet,
    "prodigy": _write_jsonl(prodigy_task),
    "doccano": _write_jsonl(doccano_record),
    "label-studio": write_label_studio,
}


# --- helpers --------------------------------------------------------------------------------------


def _mapping(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _ordered(found: set[str], standard: tuple[str, ...]) -> tuple[str, ...]:
    if not found:
        return standard
    return tuple(label for label in standard if label in found) + tuple(sorted(found - set(standard)))


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _hash32(parts: list) -> int:
    """A signed 32-bit hash, the integer type Prodigy stores its task and input hashes as."""
    digest = hashlib.sha1(json.dumps(parts, ensure_ascii=False).encode("utf-8", "backslashreplace")).digest()
    return int.from_bytes(digest[:4], "big", signed=True)
