"""Read labelled training data in the formats people actually have, as `SentenceExample`s.

Four formats, detected per file (per line for JSONL):
- ANNOTATION.md JSONL: whole documents with labelled `sentences` (also kept for document-level scores);
- Prodigy-style JSONL: one sentence a line with `cats`, `spans` and/or `answer`;
- CSV with a header: `text`, `label` (stance) and optional `target`, `role`, `segment`;
- SemEval-2016 Task 6 TSV: `ID, Target, Tweet, Stance, ...`, tab-separated, quoting off.

Labels are kept as the data gives them (stance lowercased), so any label set can be trained.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors, StanceError
from .examples import SentenceExample, examples_from_document

SUFFIXES = (".jsonl", ".csv", ".tsv", ".txt")
DEFAULT_STANCE_LABELS = ("favor", "against", "neutral")
SEMEVAL_COLUMNS = ("id", "target", "tweet", "stance")
SKIPPED_ANSWERS = ("reject", "ignore")
_ROLE_SEPARATORS = re.compile(r"[;|]")


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


def read_training_files(paths, *, stance_labels=None) -> TrainingData:
    """Read labelled files or folders (their .jsonl, .csv, .tsv and .txt files, sorted).

    paths: files or folders. A folder is walked recursively; hidden files and README.* are skipped,
        and so are .txt files that are not SemEval TSV (id lists and notes sit beside such data).
    stance_labels: which Prodigy `cats` are stances (default favor, against, neutral; any case);
        every other accepted cat is a role.
    RETURNS (TrainingData): examples, ANNOTATION.md documents and per-file provenance.
    RAISES (StanceError): E040-E049 naming the file and line of malformed input.
    """
    stances = {label.lower() for label in (stance_labels or DEFAULT_STANCE_LABELS)}
    data = TrainingData()
    files = _find_files(paths)
    if not files:
        raise StanceError(Errors.E049.format(paths=", ".join(str(p) for p in paths)))
    for path, explicit in files:
        raw = _read_bytes(path)
        text = decode(raw, str(path))
        fmt = detect_format(path, text)
        if fmt is None:
            if not explicit:
                continue  # a README or id list inside a data folder, not a data file
            raise StanceError(Errors.E043.format(path=path, line=1, why=f"{path.suffix} file without a known header"))
        examples, documents, fmt = _READERS[fmt](text, str(path), stances)
        data.examples.extend(examples)
        data.documents.extend(documents)
        data.files.append(
            {"path": str(path), "sha256": hashlib.sha256(raw).hexdigest(), "format": fmt, "examples": len(examples)}
        )
    return data


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
    """"jsonl", "csv", "semeval" or "tsv" from the suffix and the header line; None when unknown."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    header = {name.strip().lower() for name in text.split("\n", 1)[0].rstrip("\r").split("\t")}
    if header.issuperset(SEMEVAL_COLUMNS):
        return "semeval"
    if suffix == ".tsv" or {"text", "label"} <= header:
        return "tsv"
    return None


# --- JSONL: ANNOTATION.md documents and Prodigy records -------------------------------------------


def _read_jsonl(text: str, path: str, stances: set[str]) -> tuple[list, list, str]:
    examples, documents, kinds = [], [], set()
    # split on "\n" only: JSON strings may hold U+2028 and other breaks that splitlines() cuts at
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.strip()
        if not line:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise StanceError(Errors.E041.format(path=path, line=number, why=err.msg)) from err
        if not isinstance(record, dict):
            why = f"a JSON {type(record).__name__}, not an object"
            raise StanceError(Errors.E042.format(path=path, line=number, why=why))
        if not isinstance(record.get("text"), str):
            raise StanceError(Errors.E042.format(path=path, line=number, why="no string `text`"))
        if "sentences" in record:
            kinds.add("annotation-jsonl")
            examples.extend(_document_examples(record, path, number))
            documents.append(record)
        elif any(key in record for key in ("cats", "spans", "answer")):
            kinds.add("prodigy-jsonl")
            example = _prodigy_example(record, path, number, stances)
            if example is not None:
                examples.append(example)
        else:
            raise StanceError(Errors.E043.format(path=path, line=number, why="no `sentences`, `cats`, `spans` or `answer`"))
    return examples, documents, "+".join(sorted(kinds)) or "jsonl"


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
    """One example from a Prodigy-style record; None for rejected, ignored or empty ones."""
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
    accepted = []
    for label, score in cats.items():
        if not isinstance(score, (int, float)) or isinstance(score, bool):
            raise StanceError(Errors.E045.format(path=path, line=line, field=f"cats.{label}", why="is not a number"))
        if score >= 0.5:
            accepted.append(label)
    stance_cats = [label for label in accepted if label.lower() in stances]
    if len(stance_cats) > 1:
        raise StanceError(Errors.E046.format(path=path, line=line, labels=", ".join(stance_cats)))
    roles = [label for label in accepted if label.lower() not in stances]
    roles += [span["label"] for span in spans if isinstance(span, dict) and span.get("label")]
    # roles are labelled only when the record annotates some role (spans, or any non-stance cat);
    # a stance-only record leaves them unknown rather than claiming "no role"
    labels_roles = "spans" in record or any(label.lower() not in stances for label in cats)
    return SentenceExample(
        text=record["text"],
        segment=meta.get("segment"),
        target=meta.get("target") or record.get("target") or "e2ee",
        stance=stance_cats[0].lower() if stance_cats else None,
        roles=list(dict.fromkeys(roles)) if labels_roles else None,
    )


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
    missing = [name for name in ("text", "label") if name not in header]
    if missing:
        found = ", ".join(header) or "none"
        raise StanceError(Errors.E044.format(path=path, line=1, missing=", ".join(missing), found=found))
    has_roles = "role" in header
    examples = []
    for _, _, row in _rows(text, path, delimiter, csv.QUOTE_MINIMAL):
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
            )
        )
    return examples, [], fmt


def _read_csv(text: str, path: str, stances: set[str]) -> tuple[list, list, str]:
    return _read_delimited(text, path, ",", "csv")


def _read_tsv(text: str, path: str, stances: set[str]) -> tuple[list, list, str]:
    return _read_delimited(text, path, "\t", "tsv")


def _read_semeval(text: str, path: str, stances: set[str]) -> tuple[list, list, str]:
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


_READERS = {"jsonl": _read_jsonl, "csv": _read_csv, "tsv": _read_tsv, "semeval": _read_semeval}
