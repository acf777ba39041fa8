"""Check annotated documents against the format of ANNOTATION.md (JSON Lines, one document a line).

`validate_document` checks one parsed document and returns `(field, message)` pairs, where `field`
names the offending value the way a person would look it up (`segments[3].end`,
`sentences[7].roles`). `validate_files` streams JSONL files and returns `Problem` records that print
as one line each; records exported from annotation tools (Prodigy, doccano, Label Studio) and
labelled CSV files are read the way `stance train` reads them and checked for their labels.
Validation never raises on malformed data: whatever its type, a defect is reported, so one broken
document never hides the problems of the others.
"""

from __future__ import annotations

import json
import os
import reprlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

from .errors import StanceError
from .labels import BODY_TYPES, DOC_STANCES, ROLES, SEGMENT_LABELS, SENTENCE_STANCES
from .training_data import TOOL_KINDS, ReadOptions, iter_record_examples, json_records, read_training_files, record_kind

Issue = tuple[str, str]

_REPR = reprlib.Repr()
_REPR.maxstring = 60
_REPR.maxother = 60


@dataclass(frozen=True)
class Problem:
    """One defect found in a file: where it is, which document, which field, and what is wrong."""

    path: str
    line: int
    doc_id: str | None
    field: str
    message: str

    def __str__(self) -> str:
        doc_id = "-" if self.doc_id is None else _one_line(self.doc_id)
        where = f"{_one_line(self.path)}:{self.line} [{doc_id}]"
        return f"{where} {_one_line(self.field)}: {_one_line(self.message)}"


class _Span(NamedTuple):
    start: int
    end: int
    index: int
    label: object = None


def validate_document(
    doc: object,
    *,
    require_labels: bool = False,
    roles: Iterable[str] | None = None,
    stances: Iterable[str] | None = None,
) -> list[Issue]:
    """Check one document and return its problems as `(field, message)` pairs, empty if it is valid.

    doc: a parsed JSON Lines record; any value is accepted and anything malformed is reported.
    require_labels: also demand the labels training needs: a `stance` and `roles` on every
        sentence and a document `stance`.
    roles: the argument roles a sentence may carry, replacing `labels.ROLES` (pass
        `ROLES + ("privacy_claim",)` to accept a new role besides the standard ones).
    stances: the sentence stances allowed, replacing `labels.SENTENCE_STANCES`.
    """
    if not isinstance(doc, Mapping):
        return [("document", f"must be a JSON object, got {_describe(doc)}")]
    role_set = _label_set(roles, ROLES)
    stance_set = _label_set(stances, SENTENCE_STANCES)
    issues: list[Issue] = []
    _check_id(doc, issues)
    text = _check_text(doc, issues)
    _check_meta(doc.get("meta"), issues)
    speaker_ids = _check_speakers(doc.get("speakers"), issues)
    size = len(text) if text is not None else None
    segments = _check_segments(doc.get("segments"), size, speaker_ids, issues)
    _check_sentences(doc, size, segments, role_set, stance_set, require_labels, issues)
    _check_doc_stance(doc.get("stance"), require_labels, issues)
    return issues


def validate_files(
    paths: Iterable[str | os.PathLike] | str | os.PathLike, **kwargs
) -> tuple[int, list[Problem]]:
    """Validate labelled files record by record and return (records checked, problems).

    ANNOTATION.md JSON Lines are checked with `validate_document`. Records from annotation tools
    (Prodigy, doccano, Label Studio; one a line, or a JSON list) are read as training reads them
    and checked for label names and, with `require_labels`, for a stance and roles.
    Blank lines are skipped. A line that is not valid JSON, or not a JSON object, is a problem
    with field "line"; a file that cannot be read or is not UTF-8 is a problem on line 0.
    Keyword arguments are passed on to `validate_document`; `use_predictions=True` also takes
    Label Studio tasks without an annotation from their predictions, as training does.
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    checked = 0
    problems: list[Problem] = []
    for path in paths:
        checked += _validate_file(os.fspath(path), kwargs, problems)
    return checked, problems


def _validate_file(path: str, kwargs: dict, problems: list[Problem]) -> int:
    if path.lower().endswith((".csv", ".tsv")):
        return _validate_delimited(path, kwargs, problems)
    checked = number = 0
    tool_records: list[tuple[int, dict]] = []
    try:
        with open(path, "rb") as file:
            if _opens_a_list(file):
                return _validate_json_list(path, file.read(), kwargs, problems)
            for number, raw in enumerate(file, 1):
                checked += _validate_line(path, number, raw.decode("utf-8"), kwargs, problems, tool_records)
    except UnicodeDecodeError as err:
        message = f"not valid UTF-8 on line {number} ({err.reason}); re-save the file as UTF-8"
        problems.append(Problem(path, 0, None, "file", message))
    except OSError as err:
        problems.append(Problem(path, 0, None, "file", f"cannot be read ({err.strerror or err})"))
    _check_tool_records(path, tool_records, kwargs, problems)
    return checked


def _validate_line(
    path: str, number: int, line: str, kwargs: dict, problems: list[Problem], tool_records: list
) -> int:
    if not line.strip():
        return 0
    try:
        doc = json.loads(line)
    except (ValueError, RecursionError) as err:
        problems.append(Problem(path, number, None, "line", f"malformed JSON ({err})"))
        return 0
    if not isinstance(doc, dict):
        message = f"must be a JSON object, got {_describe(doc)}"
        problems.append(Problem(path, number, None, "line", message))
        return 0
    if record_kind(doc) in TOOL_KINDS:
        tool_records.append((number, doc))  # checked together: roles are labelled file by file
        return 1
    doc_id = doc.get("id")
    doc_id = doc_id if isinstance(doc_id, str) and doc_id else None
    for field, message in validate_document(doc, **_document_kwargs(kwargs)):
        problems.append(Problem(path, number, doc_id, field, message))
    return 1


def _opens_a_list(file) -> bool:
    """True when the file is one JSON list (a Label Studio or doccano JSON export); rewinds the file."""
    head = file.read(4096)
    file.seek(0)
    return head.decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").startswith("[")


def _validate_json_list(path: str, raw: bytes, kwargs: dict, problems: list[Problem]) -> int:
    try:
        records, _ = json_records(raw.decode("utf-8-sig"), path)
    except UnicodeDecodeError as err:
        problems.append(Problem(path, 0, None, "file", f"not valid UTF-8 ({err.reason}); re-save the file as UTF-8"))
        return 0
    except StanceError as error:
        line, why = _located(path, str(error))
        problems.append(Problem(path, line, None, "line" if line else "file", why))
        return 0
    tool_records = []
    for number, record in records:
        if isinstance(record, dict) and record_kind(record) in TOOL_KINDS:
            tool_records.append((number, record))
        elif not isinstance(record, dict):
            problems.append(Problem(path, number, None, "line", f"must be a JSON object, got {_describe(record)}"))
        else:
            doc_id = record.get("id") if isinstance(record.get("id"), str) and record.get("id") else None
            for field, message in validate_document(record, **_document_kwargs(kwargs)):
                problems.append(Problem(path, number, doc_id, field, message))
    _check_tool_records(path, tool_records, kwargs, problems)
    return len(records)


def _validate_delimited(path: str, kwargs: dict, problems: list[Problem]) -> int:
    """A CSV or TSV of sentence labels (or a corrected `stance export` CSV), read as training reads it."""
    try:
        examples = read_training_files([path]).examples
    except StanceError as error:
        line, why = _located(path, str(error))
        problems.append(Problem(path, line, None, "row" if line else "file", why))
        return 0
    _check_examples(path, [(example.extra.get("line", 0), example) for example in examples], kwargs, problems)
    return len(examples)


def _check_tool_records(path: str, records: list[tuple[int, dict]], kwargs: dict, problems: list[Problem]) -> None:
    """Read annotation-tool records as `stance train` does; report what it would refuse or lack."""
    if not records:
        return
    stances = _label_set(kwargs.get("stances"), SENTENCE_STANCES)
    require_labels = kwargs.get("require_labels", False)
    options = ReadOptions({stance.lower() for stance in stances}, kwargs.get("use_predictions", False))

    doc_ids = {line: _record_doc_id(record) for line, record in records}
    found_problems: list[Problem] = []

    def on_error(line: int, message: str) -> None:
        found, why = _located(path, message)
        found_problems.append(Problem(path, line or found, doc_ids.get(line), "record" if line else "file", why))

    found = []
    for line, record, kind, examples in iter_record_examples(records, path, options, on_error):
        if kind == "label-studio" and not examples and require_labels:
            message = "no submitted annotation; review the task in Label Studio and export again"
            found_problems.append(Problem(path, line, _record_doc_id(record), "annotations", message))
        found.extend((line, example) for example in examples)
    _check_examples(path, found, kwargs, found_problems)
    problems.extend(sorted(found_problems, key=lambda problem: problem.line))  # stable: file order per line


def _check_examples(path: str, examples: list, kwargs: dict, problems: list[Problem]) -> None:
    """Label names (stances are told from roles by name, so a misspelt stance is an unknown label)
    and, with `require_labels`, a stance and roles on every (line, example)."""
    stances = _label_set(kwargs.get("stances"), SENTENCE_STANCES)
    roles = _label_set(kwargs.get("roles"), ROLES)
    require_labels = kwargs.get("require_labels", False)
    expected = f"a stance ({_listing(stances)}) or a role ({_listing(roles)})"
    for line, example in examples:
        doc_id = _tool_doc_id(example.extra)
        if example.stance is not None and not _is_one_of(example.stance, stances):
            message = f"unknown stance {_show(example.stance)}; expected one of {_listing(stances)}"
            problems.append(Problem(path, line, doc_id, "stance", message))
        for role in example.roles or ():
            if role not in roles:
                problems.append(Problem(path, line, doc_id, "label", f"unknown label {_show(role)}; expected {expected}"))
        if require_labels and example.stance is None:
            problems.append(Problem(path, line, doc_id, "stance", "missing; every sentence needs a stance for training"))
        if require_labels and example.roles is None:
            message = "missing; no record of this file labels roles, every sentence needs them for training"
            problems.append(Problem(path, line, doc_id, "roles", message))


def _located(path: str, message: str) -> tuple[int, str]:
    """(line, reason) of a StanceError message that starts "{path}:{line}: " or "{path}: "."""
    rest = message[len(path):] if message.startswith(path) else message
    line, _, reason = rest.partition(": ")
    if line.startswith(":") and line[1:].isdigit():
        return int(line[1:]), reason
    return 0, rest.removeprefix(": ")


def _tool_doc_id(where: object) -> str | None:
    doc_id = where.get("doc_id") if isinstance(where, Mapping) else None
    return doc_id if isinstance(doc_id, str) and doc_id else None


def _record_doc_id(record: Mapping) -> str | None:
    """The document a tool record's sentence comes from, wherever its format keeps it."""
    for where in (record.get("data"), record.get("meta"), record):
        if _tool_doc_id(where):
            return _tool_doc_id(where)
    return None


def _document_kwargs(kwargs: dict) -> dict:
    return {key: value for key, value in kwargs.items() if key != "use_predictions"}


def _check_id(doc: Mapping, issues: list[Issue]) -> None:
    if "id" not in doc:
        issues.append(("id", "missing; every document needs a non-empty string id"))
    elif not isinstance(doc["id"], str) or not doc["id"]:
        issues.append(("id", f"must be a non-empty string, got {_describe(doc['id'])}"))


def _check_text(doc: Mapping, issues: list[Issue]) -> str | None:
    if "text" not in doc:
        issues.append(("text", "missing; every document needs its raw text"))
        return None
    if not isinstance(doc["text"], str):
        issues.append(("text", f"must be a string, got {_describe(doc['text'])}"))
        return None
    return doc["text"]


def _check_meta(meta: object, issues: list[Issue]) -> None:
    if meta is None:
        return
    if not isinstance(meta, Mapping):
        issues.append(("meta", f"must be an object, got {_describe(meta)}"))
        return
    body_type = meta.get("body_type")
    if body_type is not None and not _is_one_of(body_type, BODY_TYPES):
        message = f"unknown body type {_show(body_type)}; expected one of {_listing(BODY_TYPES)}"
        issues.append(("meta.body_type", message))


def _check_speakers(value: object, issues: list[Issue]) -> set[str] | None:
    """Check the speakers; return their ids, or None when quotes cannot be resolved against them."""
    items = _as_list(value, "speakers", issues)
    ids: set[str] = set()
    reliable = items is not None or value is None
    for i, speaker in enumerate(items or ()):
        where = f"speakers[{i}]"
        if not isinstance(speaker, Mapping):
            issues.append((where, f"must be an object, got {_describe(speaker)}"))
            reliable = False
            continue
        speaker_id = speaker.get("id")
        if not isinstance(speaker_id, str) or not speaker_id:
            issues.append((f"{where}.id", f"must be a non-empty string, got {_describe(speaker_id)}"))
            reliable = False
        elif speaker_id in ids:
            issues.append((f"{where}.id", f"duplicate speaker id {_show(speaker_id)}"))
        else:
            ids.add(speaker_id)
        _check_speaker_names(speaker, where, issues)
    return ids if reliable else None


def _check_speaker_names(speaker: Mapping, where: str, issues: list[Issue]) -> None:
    for key in ("name", "role", "org"):
        value = speaker.get(key)
        if value is not None and not isinstance(value, str):
            issues.append((f"{where}.{key}", f"must be a string or null, got {_describe(value)}"))


def _check_segments(
    value: object, size: int | None, speaker_ids: set[str] | None, issues: list[Issue]
) -> list[_Span] | None:
    """Check the segments; return their spans, or None when sentences cannot be placed in them."""
    items = _as_list(value, "segments", issues)
    spans: list[_Span] = []
    reliable = bool(items)
    for i, segment in enumerate(items or ()):
        where = f"segments[{i}]"
        if not isinstance(segment, Mapping):
            issues.append((where, f"must be an object, got {_describe(segment)}"))
            reliable = False
            continue
        label = segment.get("label")
        if not _is_one_of(label, SEGMENT_LABELS):
            expected = _listing(SEGMENT_LABELS)
            message = f"unknown segment label {_show(label)}; expected one of {expected}"
            issues.append((f"{where}.label", message))
        _check_speaker_ref(segment, label, where, speaker_ids, issues)
        span = _check_span(segment, where, size, issues)
        if span is None:
            reliable = False
        else:
            spans.append(_Span(span[0], span[1], i, label if isinstance(label, str) else None))
    _report_overlaps(spans, "segments", issues)
    return spans if reliable else None


def _check_speaker_ref(
    segment: Mapping, label: object, where: str, speaker_ids: set[str] | None, issues: list[Issue]
) -> None:
    speaker = segment.get("speaker")
    if not (isinstance(label, str) and label == "quote"):
        if speaker is not None:
            message = f"only quote segments have a speaker, this one is {_show(label)}"
            issues.append((f"{where}.speaker", message))
    elif speaker is None:
        issues.append((f"{where}.speaker", "quote segment has no speaker; give the id of its speaker"))
    elif speaker_ids is not None and (not isinstance(speaker, str) or speaker not in speaker_ids):
        message = f"{_show(speaker)} does not match any id in speakers"
        issues.append((f"{where}.speaker", message))


def _check_sentences(
    doc: Mapping,
    size: int | None,
    segments: list[_Span] | None,
    roles: tuple[str, ...],
    stances: tuple[str, ...],
    require_labels: bool,
    issues: list[Issue],
) -> None:
    value = doc.get("sentences")
    if value is None and require_labels:
        issues.append(("sentences", "missing; labelled documents need their sentences"))
    spans: list[_Span] = []
    for i, sentence in enumerate(_as_list(value, "sentences", issues) or ()):
        where = f"sentences[{i}]"
        if not isinstance(sentence, Mapping):
            issues.append((where, f"must be an object, got {_describe(sentence)}"))
            continue
        _check_sentence_labels(sentence, where, roles, stances, require_labels, issues)
        span = _check_span(sentence, where, size, issues)
        if span is not None:
            spans.append(_Span(span[0], span[1], i))
            if segments is not None:
                _check_placement(span, where, segments, issues)
    _report_overlaps(spans, "sentences", issues)


def _check_sentence_labels(
    sentence: Mapping,
    where: str,
    roles: tuple[str, ...],
    stances: tuple[str, ...],
    require_labels: bool,
    issues: list[Issue],
) -> None:
    stance = sentence.get("stance")
    if stance is None:
        if require_labels:
            issues.append((f"{where}.stance", "missing; every sentence needs a stance for training"))
    elif not _is_one_of(stance, stances):
        message = f"unknown stance {_show(stance)}; expected one of {_listing(stances)}"
        issues.append((f"{where}.stance", message))
    _check_roles(sentence.get("roles"), f"{where}.roles", roles, require_labels, issues)
    for key in ("stance_scores", "role_scores"):
        if sentence.get(key) is not None:
            _check_scores(sentence[key], f"{where}.{key}", issues)


def _check_roles(
    value: object, where: str, roles: tuple[str, ...], require_labels: bool, issues: list[Issue]
) -> None:
    if value is None:
        if require_labels:
            message = "missing; every sentence needs a list of roles (maybe empty) for training"
            issues.append((where, message))
    elif not isinstance(value, list):
        issues.append((where, f"must be an array of role names, got {_describe(value)}"))
    else:
        for role in value:
            if not _is_one_of(role, roles):
                message = f"unknown role {_show(role)}; expected one of {_listing(roles)}"
                issues.append((where, message))


def _check_scores(value: object, where: str, issues: list[Issue]) -> None:
    if not isinstance(value, Mapping):
        issues.append((where, f"must be an object of label: probability, got {_describe(value)}"))
        return
    for label, score in value.items():
        if not _is_number(score) or not 0 <= score <= 1:
            issues.append((f"{where}.{label}", f"must be a number in [0, 1], got {_describe(score)}"))


def _check_doc_stance(stance: object, require_labels: bool, issues: list[Issue]) -> None:
    if stance is None:
        if require_labels:
            issues.append(("stance", "missing; the document needs a stance for training"))
    elif not _is_one_of(stance, DOC_STANCES):
        message = f"unknown document stance {_show(stance)}; expected one of {_listing(DOC_STANCES)}"
        issues.append(("stance", message))


def _check_span(
    item: Mapping, where: str, size: int | None, issues: list[Issue]
) -> tuple[int, int] | None:
    """Check `start` and `end` of a segment or sentence; return them if they make a valid span."""
    valid = True
    for key in ("start", "end"):
        if key not in item:
            issues.append((f"{where}.{key}", "missing; give a character offset into text"))
            valid = False
        elif not _is_int(item[key]):
            message = f"must be an integer character offset, got {_describe(item[key])}"
            issues.append((f"{where}.{key}", message))
            valid = False
    if not valid:
        return None
    start, end = item["start"], item["end"]
    if start < 0:
        issues.append((f"{where}.start", f"{_show(start)} is negative"))
        valid = False
    if size is not None and end > size:
        message = f"{_show(end)} is past the end of the text ({size} characters)"
        issues.append((f"{where}.end", message))
        valid = False
    if start >= end:
        issues.append((where, f"start {_show(start)} is not before end {_show(end)}"))
        valid = False
    return (start, end) if valid else None


def _check_placement(
    span: tuple[int, int], where: str, segments: list[_Span], issues: list[Issue]
) -> None:
    start, end = span
    containing = [seg for seg in segments if seg.start <= start and end <= seg.end]
    if any(seg.label != "boilerplate" for seg in containing):
        return
    if containing:
        message = (
            f"lies inside boilerplate segments[{containing[0].index}]; "
            "only text outside boilerplate has sentences"
        )
    elif any(seg.start < end and start < seg.end for seg in segments):
        message = f"{_range(start, end)} crosses a segment boundary; a sentence lies inside one segment"
    else:
        message = f"{_range(start, end)} lies outside every segment"
    issues.append((where, message))


def _report_overlaps(spans: list[_Span], kind: str, issues: list[Issue]) -> None:
    """Report each overlapping pair once, on the one that starts later."""
    ordered = sorted(spans)
    for pos, first in enumerate(ordered):
        for k in range(pos + 1, len(ordered)):
            second = ordered[k]
            if second.start >= first.end:
                break
            message = (
                f"overlaps {kind}[{first.index}] "
                f"({_range(second.start, second.end)} and {_range(first.start, first.end)})"
            )
            issues.append((f"{kind}[{second.index}]", message))


def _as_list(value: object, field: str, issues: list[Issue]) -> list | None:
    if value is None:
        return None
    if not isinstance(value, list):
        issues.append((field, f"must be an array, got {_describe(value)}"))
        return None
    return value


def _label_set(values: Iterable[str] | None, default: tuple[str, ...]) -> tuple[str, ...]:
    if values is None:
        return default
    if isinstance(values, str):
        return (values,)
    return tuple(dict.fromkeys(values))


def _is_one_of(value: object, allowed: tuple[str, ...]) -> bool:
    return isinstance(value, str) and value in allowed


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _describe(value: object) -> str:
    """Name a value's JSON type and show it briefly: "string 'x'", "number 1.5", "null"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"string {_show(value)}"
    if isinstance(value, (int, float)):
        return f"number {_show(value)}"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _show(value: object) -> str:
    try:
        return _REPR.repr(value)
    except Exception:  # a value whose repr fails (an int past Python's digit limit) is still reported
        return f"<{type(value).__name__}>"


def _range(start: int, end: int) -> str:
    return f"{_show(start)}-{_show(end)}"


def _listing(values: tuple[str, ...]) -> str:
    return ", ".join(values)


def _one_line(value: object) -> str:
    text = str(value)
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")
