"""Read labelled training data in the formats people actually have, as `SentenceExample`s.

Formats, detected by content per file (per record for JSON):
- ANNOTATION.md JSONL: whole documents with labelled `sentences` (also kept for document-level scores);
- Prodigy JSONL: one sentence a record with `cats`, `spans` and/or `answer`, or the `choice`
  interface's `options` and `accept` (what `stance export --format prodigy` writes and Prodigy returns);
- doccano JSONL or JSON: `text` with `label` (or `labels`, `entities`, `cats`) as a list of label
  names (text classification) or of `[start, end, label]` spans (sequence labelling);
- Label Studio JSON (a list of tasks) or JSONL: `data.text` and `annotations` (the latest one not
  cancelled wins), or `predictions` when asked for;
- CSV with a header: `text`, `label` (stance) and optional `target`, `role`, `segment`; or the
  CSV `stance export --format csv` writes (`doc_id`, `start`, `end`, `text`, `stance`, `roles`);
- SemEval-2016 Task 6 TSV: `ID, Target, Tweet, Stance, ...`, tab-separated, quoting off.

Labels are kept as the data gives them (stance lowercased), so any label set can be trained.
Exported tasks carry their sentence's context (neighbouring sentences, segment, speaker side, body
type); it is restored here so corrected sentences train on the features they were predicted from.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors, StanceError
from .examples import SentenceExample, examples_from_document, speaker_side
from .json_records import json_records
from .tool_records import DOCCANO_KEYS, doccano_items, label_studio_item, record_context, sentence_example, tool_example

SUFFIXES = (".jsonl", ".json", ".csv", ".tsv", ".txt")
DEFAULT_STANCE_LABELS = ("favor", "against", "neutral")
SEMEVAL_COLUMNS = ("id", "target", "tweet", "stance")
SKIPPED_ANSWERS = ("reject", "ignore")
EXPORT_CSV_COLUMNS = ("doc_id", "start", "end", "text", "stance")
TOOL_KINDS = ("prodigy", "doccano", "label-studio")
_ROLE_SEPARATORS = re.compile(r"[;|]")
_SPEAKER_COLUMNS = ("speaker_name", "speaker_role", "speaker_org")


@dataclass
class TrainingData:
    """What `read_training_files` found.

    examples: every sentence example, in file order. documents: the ANNOTATION.md documents read,
    for document-level evaluation. files: one entry per file read,
    {"path", "sha256" (hex of the file bytes), "format", "examples" (count)}.
    """

    examples: list[SentenceExample] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)


def read_training_files(paths, *, stance_labels=None, use_predictions: bool = False) -> TrainingData:
    """Read labelled files or folders (their .jsonl, .json, .csv, .tsv and .txt files, sorted).

    paths: files or folders. A folder is walked recursively; hidden files and README.* are skipped,
        and so are .txt files that are not SemEval TSV (id lists and notes sit beside such data)
        and .json files that are not lists of annotation-tool records.
    stance_labels: which Prodigy `cats`, chosen options and tool labels are stances (default favor,
        against, neutral; any case); every other chosen label is a role.
    use_predictions: take a Label Studio task without a submitted annotation from its predictions
        (by default such tasks are left out: nobody reviewed them).
    RETURNS (TrainingData): examples, ANNOTATION.md documents and per-file provenance.
    RAISES (StanceError): E040-E049 and E100-E105 naming the file and line of malformed input.
    """
    stances = {label.lower() for label in (stance_labels or DEFAULT_STANCE_LABELS)}
    options = ReadOptions(stances, use_predictions)
    data = TrainingData()
    files = _find_files(paths)
    if not files:
        raise StanceError(Errors.E049.format(paths=", ".join(str(p) for p in paths)))
    for path, explicit in files:
        raw = _read_bytes(path)
        text = decode(raw, str(path))
        fmt = detect_format(path, text)
        if fmt is None or (fmt == "json" and not explicit and not _looks_like_tool_json(path, text)):
            if not explicit:
                continue  # a README, id list or other JSON inside a data folder, not a data file
            raise StanceError(Errors.E043.format(path=path, line=1, why=f"{path.suffix} file without a known header"))
        examples, documents, fmt = _READERS[fmt](text, str(path), options)
        data.examples.extend(examples)
        data.documents.extend(documents)
        data.files.append(
            {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "format": fmt, "examples": len(examples)}
        )
    return data


@dataclass(frozen=True)
class ReadOptions:
    """How to read labels: which labels are stances (lowercase), and whether unreviewed Label Studio
    predictions count."""

    stances: frozenset | set
    use_predictions: bool = False


def label_sets(examples) -> tuple[list[str], list[str]]:
    """Sorted stance labels and sorted role labels that occur in `examples`."""
    stances = {e.stance for e in examples if e.stance is not None}
    roles = {role for e in examples for role in e.roles or ()}
    return sorted(stances), sorted(roles)


# --- files and formats ---------------------------------------------------------------------------


def _find_files(paths) -> list[tuple[Path, bool]]:
    """(path, named explicitly) for every file to read, folders expanded in sorted order."""
    found = []
    for arg in paths:
        path = Path(arg)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                parts = child.relative_to(path).parts
                if (
                    child.is_file()
                    and child.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in parts)
                    and not child.name.upper().startswith("README.")
                ):
                    found.append((child, False))
        elif path.is_file():
            found.append((path, True))
        else:
            raise StanceError(Errors.E040.format(path=path, why="no such file or folder"))
    return found


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise StanceError(Errors.E040.format(path=path, why=err.strerror or err)) from err


def decode(raw: bytes, path: str) -> str:
    """UTF-8 (a BOM is dropped), else cp1252: the encoding spreadsheet exports on Windows use."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as err:
        raise StanceError(Errors.E048.format(path=path, why=f"byte 0x{raw[err.start]:02x} at offset {err.start}")) from err


def detect_format(path: Path, text: str) -> str | None:
    """"json", "csv", "semeval" or "tsv" from the suffix and the header line; None when unknown.

    "json" covers JSON Lines and JSON lists alike: each record is told apart by its content.
    """
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".json"):
        return "json"
    if suffix == ".csv":
        return "csv"
    header = {name.strip().lower() for name in text.split("\n", 1)[0].rstrip("\r").split("\t")}
    if header.issuperset(SEMEVAL_COLUMNS):
        return "semeval"
    if suffix == ".tsv" or {"text", "label"} <= header:
        return "tsv"
    return None


# --- JSON: ANNOTATION.md documents and annotation-tool records ------------------------------------


def _read_json(text: str, path: str, options: ReadOptions) -> tuple[list, list, str]:
    """JSON Lines or a JSON list: every record told apart by its content (see `record_kind`)."""
    records, container = json_records(text, path)
    examples, documents, kinds = [], [], set()
    for _, record, kind, found in iter_record_examples(records, path, options):
        kinds.add(f"{kind}-{container}")
        examples.extend(found)
        if kind == "annotation":
            documents.append(record)
    return examples, documents, "+".join(sorted(kinds)) or container


def _looks_like_tool_json(path: Path, text: str) -> bool:
    """A .json file found in a folder is data only when it holds annotation-tool records."""
    if path.suffix.lower() != ".json":
        return True
    try:
        records, _ = json_records(text, str(path))
    except StanceError:
        return False
    return bool(records) and isinstance(records[0][1], dict) and record_kind(records[0][1]) in TOOL_KINDS


def record_kind(record: dict) -> str | None:
    """Which format a JSON record is in: "annotation", "prodigy", "doccano", "label-studio" or None."""
    if isinstance(record.get("data"), dict):
        return "label-studio"
    if "sentences" in record:
        return "annotation"
    if isinstance(record.get("cats"), list) or any(isinstance(record.get(key), list) for key in DOCCANO_KEYS[:3]):
        return "doccano"
    if any(key in record for key in ("cats", "spans", "answer", "accept", "options")):
        return "prodigy"
    return None


def iter_record_examples(records, path: str, options: ReadOptions, on_error=None):
    """Yield (line, record, kind, examples) for each parsed record, in order.

    Roles count as labelled in a doccano or Label Studio file when any of its records chooses a
    role: a record that chooses none then says "no role" rather than "not labelled".
    A doccano record without labels in a sequence-labelling file (one with spans) gives nothing.
    on_error: None to raise the first StanceError, or a function (line, message) that collects
        the problem and goes on with the next record (`stance validate`).
    """
    staged, tasks, reviewed = [], 0, 0
    for line, record in records:
        try:
            kind, found = _stage_record(record, path, line, options)
        except StanceError as error:
            if on_error is None:
                raise
            on_error(line, str(error))
            continue
        if kind == "label-studio":
            tasks += 1
            reviewed += bool(found)
        staged.append((line, record, kind, found))
    if tasks and not reviewed and not options.use_predictions:
        error = StanceError(Errors.E104.format(path=path, tasks=tasks))
        if on_error is None:
            raise error
        on_error(0, str(error))
    items = [item for *_, kind, found in staged if kind in ("doccano", "label-studio") for item in found]
    roles_labelled = any(label.lower() not in options.stances for item in items for label in item.labels)
    # in a sequence-labelling file a record without spans has nothing labelled, not a whole-text example
    spans_file = any(item.span for item in items)
    for line, record, kind, found in staged:
        if kind in ("doccano", "label-studio"):
            found = [item for item in found if item.span or item.labels or not spans_file]
            try:
                found = [tool_example(item, path, options.stances, roles_labelled) for item in found]
            except StanceError as error:
                if on_error is None:
                    raise
                on_error(line, str(error))
                continue
        yield line, record, kind, found


def _stage_record(record: object, path: str, line: int, options: ReadOptions) -> tuple[str, list]:
    """The record's kind and its examples (ANNOTATION.md, Prodigy) or labelled items (tools)."""
    if not isinstance(record, dict):
        why = f"a JSON {type(record).__name__}, not an object"
        raise StanceError(Errors.E042.format(path=path, line=line, why=why))
    kind = record_kind(record)
    if kind == "label-studio":
        item = label_studio_item(record, path, line, options.use_predictions)
        return kind, [item] if item is not None else []
    if kind == "doccano":
        return kind, doccano_items(record, path, line)
    if not isinstance(record.get("text"), str):
        raise StanceError(Errors.E042.format(path=path, line=line, why="no string `text`"))
    if kind == "annotation":
        return kind, _document_examples(record, path, line)
    if kind == "prodigy":
        example = _prodigy_example(record, path, line, options.stances)
        return kind, [example] if example is not None else []
    why = "no `sentences`, `cats`, `spans`, `accept`, `answer`, `label` or `data`"
    raise StanceError(Errors.E043.format(path=path, line=line, why=why))


def _document_examples(document: dict, path: str, line: int) -> list[SentenceExample]:
    """examples_from_document, with the document's `target` and an id for documents without one."""
    if not isinstance(document["sentences"], list):
        raise StanceError(Errors.E045.format(path=path, line=line, field="sentences", why="is not a list"))
    # labels of any type reach the models: check them as `stance validate` does (new label names allowed)
    for index, sentence in enumerate(document["sentences"]):
        if not isinstance(sentence, dict):
            continue
        stance, roles = sentence.get("stance"), sentence.get("roles")
        if stance is not None and not isinstance(stance, str):
            raise StanceError(Errors.E045.format(path=path, line=line, field=f"sentences[{index}].stance",
                                                 why="is not a string"))
        if roles is not None and not (isinstance(roles, list) and all(isinstance(r, str) for r in roles)):
            raise StanceError(Errors.E045.format(path=path, line=line, field=f"sentences[{index}].roles",
                                                 why="is not a list of strings"))
    try:
        examples = examples_from_document(document)
    except (KeyError, TypeError, AttributeError) as err:
        raise StanceError(
            Errors.E045.format(path=path, line=line, field="sentences", why=f"has a malformed entry ({err!r})")
        ) from err
    target = document.get("target")
    for example in examples:
        if example.stance is not None:
            example.stance = example.stance.lower()
        if target:
            example.target = target
        # evaluation and cross-validation folds treat doc_id None as "not from a document"
        if example.doc_id is None:
            example.doc_id = f"{path}:{line}"
    return examples


def _prodigy_example(record: dict, path: str, line: int, stances: set[str]) -> SentenceExample | None:
    """One example from a Prodigy record; None for rejected, ignored or empty ones.

    Labels come from `accept` (the options chosen in Prodigy's `choice` interface) when the record
    has one, else from the `cats` scoring >= 0.5; `spans` labels are roles.
    """
    if record.get("answer") in SKIPPED_ANSWERS or not record["text"].strip():
        return None
    cats = record.get("cats")
    spans = record.get("spans")
    meta = record.get("meta")
    if cats is not None and not isinstance(cats, dict):
        raise StanceError(Errors.E045.format(path=path, line=line, field="cats", why="is not an object {label: score}"))
    if spans is not None and not isinstance(spans, list):
        raise StanceError(Errors.E045.format(path=path, line=line, field="spans", why="is not a list"))
    if meta is not None and not isinstance(meta, dict):
        raise StanceError(Errors.E045.format(path=path, line=line, field="meta", why="is not an object"))
    cats, spans, meta = cats or {}, spans or [], meta or {}
    if record.get("accept") is not None:
        offered, accepted = _prodigy_choices(record, path, line)
        # roles are labelled when roles were on offer (choosing none of them means "no role")
        labels_roles = any(label.lower() not in stances for label in offered + accepted)
    else:
        accepted = []
        for label, score in cats.items():
            if not isinstance(score, (int, float)) or isinstance(score, bool):
                raise StanceError(Errors.E045.format(path=path, line=line, field=f"cats.{label}", why="is not a number"))
            if score >= 0.5:
                accepted.append(label)
        # roles are labelled only when the record annotates some role (spans, or any non-stance cat);
        # a stance-only record leaves them unknown rather than claiming "no role"
        labels_roles = any(label.lower() not in stances for label in cats)
    stance_cats = [label for label in accepted if label.lower() in stances]
    if len(stance_cats) > 1:
        if record.get("accept") is not None:
            raise StanceError(Errors.E103.format(path=path, line=line, labels=", ".join(stance_cats)))
        raise StanceError(Errors.E046.format(path=path, line=line, labels=", ".join(stance_cats)))
    roles = [label for label in accepted if label.lower() not in stances]
    roles += [span["label"] for span in spans if isinstance(span, dict) and span.get("label")]
    labels_roles = labels_roles or "spans" in record
    context = record_context({"target": record.get("target")}, meta, record.get("context"), {"line": line})
    return sentence_example(record["text"], stance_cats[0].lower() if stance_cats else None,
                    list(dict.fromkeys(roles)) if labels_roles else None, context)


def _prodigy_choices(record: dict, path: str, line: int) -> tuple[list[str], list[str]]:
    """(labels offered, labels accepted) of a `choice` task; option ids map to their text when not strings."""
    options, accept = record.get("options") or [], record["accept"]
    if not isinstance(options, list):
        raise StanceError(Errors.E045.format(path=path, line=line, field="options", why="is not a list"))
    if not isinstance(accept, list):
        raise StanceError(Errors.E045.format(path=path, line=line, field="accept", why="is not a list"))
    names = {}
    for option in options:
        if isinstance(option, dict) and isinstance(option.get("id"), (str, int)):
            label = option["id"] if isinstance(option["id"], str) else option.get("text")
            if isinstance(label, str):
                names[option["id"]] = label
    accepted = []
    for choice in accept:
        label = names.get(choice, choice) if isinstance(choice, (str, int)) else None
        if not isinstance(label, str):
            why = f"holds {choice!r}, which is no option id with a text label"
            raise StanceError(Errors.E045.format(path=path, line=line, field="accept", why=why))
        accepted.append(label)
    return list(names.values()), accepted


# --- delimited text: CSV and SemEval TSV ----------------------------------------------------------


def _rows(text: str, path: str, delimiter: str, quoting: int):
    """(line number, header, row) for each row, with the header names stripped and lowercased."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quoting=quoting)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise StanceError(Errors.E047.format(path=path, line=reader.line_num, found=len(row), expected=len(header)))
            yield reader.line_num, header, dict(zip(header, row))
    except csv.Error as err:
        why = f"cannot be parsed ({err})"
        raise StanceError(Errors.E045.format(path=path, line=reader.line_num, field="row", why=why)) from err


def _read_delimited(text: str, path: str, delimiter: str, fmt: str) -> tuple[list, list, str]:
    header = [name.strip().lower() for name in next(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), [])]
    if "label" not in header and set(EXPORT_CSV_COLUMNS) <= set(header):
        return _read_export_rows(text, path, delimiter, header), [], f"stance-export-{fmt}"
    missing = [name for name in ("text", "label") if name not in header]
    if missing:
        found = ", ".join(header) or "none"
        raise StanceError(Errors.E044.format(path=path, line=1, missing=", ".join(missing), found=found))
    has_roles = "role" in header
    examples = []
    for line, _, row in _rows(text, path, delimiter, csv.QUOTE_MINIMAL):
        if not row["text"].strip():
            continue
        examples.append(
            SentenceExample(
                text=row["text"],
                segment=row.get("segment", "").strip() or None,
                target=row.get("target", "").strip() or "e2ee",
                stance=row["label"].strip().lower() or None,
                # a role column labels roles (an empty cell: none); without one roles stay unknown
                roles=[r.strip() for r in _ROLE_SEPARATORS.split(row["role"]) if r.strip()] if has_roles else None,
                extra={"line": line},
            )
        )
    return examples, [], fmt


def _read_export_rows(text: str, path: str, delimiter: str, header: list[str]) -> list[SentenceExample]:
    """The CSV `stance export` writes, corrected in a spreadsheet: `stance` and `roles` are the labels.

    Roles are labelled when the `roles` cell names some, or when the model scored roles for the
    row (an empty cell then means "no role"). Neighbouring sentences are found by `doc_id` and
    `sentence` index, so the rows may be sorted or filtered freely.
    """
    rows = [(line, row) for line, _, row in _rows(text, path, delimiter, csv.QUOTE_MINIMAL) if row["text"].strip()]
    role_columns = [name for name in header if name.startswith("role_")]
    texts = {(row["doc_id"], _integer(row.get("sentence"))): row["text"] for _, row in rows}
    speakers: dict[str, set] = {}
    for _, row in rows:
        if row.get("segment", "").strip() == "quote":
            speakers.setdefault(row["doc_id"], set()).add(tuple(row.get(key, "") for key in _SPEAKER_COLUMNS))
    examples = []
    for line, row in rows:
        doc_id, index = row["doc_id"], _integer(row.get("sentence"))
        named = [role.strip() for role in _ROLE_SEPARATORS.split(row.get("roles", "")) if role.strip()]
        scored = any(row[name].strip() for name in role_columns)
        segment = row.get("segment", "").strip() or None
        if segment == "quote":
            quoted = len(speakers.get(doc_id, ()))  # the record's speaker count, as far as the rows show it
            side = speaker_side({"org": row.get("speaker_org") or None}, row.get("body") or None, quoted,
                                row.get("body_type", "").strip() or None)
        else:
            side = "publisher" if segment else None
        context = {
            "line": line, "doc_id": doc_id, "sentence": index, "start": _integer(row["start"]), "end": _integer(row["end"]),
            "segment": segment, "speaker_side": side, "body_type": row.get("body_type", "").strip() or None,
            "previous": texts.get((doc_id, index - 1), "") if index is not None else "",
            "following": texts.get((doc_id, index + 1), "") if index is not None else "",
        }
        roles = named if named or scored else None
        examples.append(sentence_example(row["text"], row["stance"].strip().lower() or None, roles, record_context(context)))
    return examples


def _integer(value: str | None) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _read_csv(text: str, path: str, options: ReadOptions) -> tuple[list, list, str]:
    return _read_delimited(text, path, ",", "csv")


def _read_tsv(text: str, path: str, options: ReadOptions) -> tuple[list, list, str]:
    return _read_delimited(text, path, "\t", "tsv")


def _read_semeval(text: str, path: str, options: ReadOptions) -> tuple[list, list, str]:
    """SemEval-2016 Task 6: tweets contain bare `"`, so quoting is off."""
    examples = []
    for _, _, row in _rows(text, path, "\t", csv.QUOTE_NONE):
        if not row["tweet"].strip():
            continue
        examples.append(
            SentenceExample(
                text=row["tweet"],
                target=row["target"].strip(),
                stance=row["stance"].strip().lower() or None,
                extra={"id": row["id"].strip()},
            )
        )
    return examples, [], "semeval2016-tsv"


_READERS = {"json": _read_json, "csv": _read_csv, "tsv": _read_tsv, "semeval": _read_semeval}
