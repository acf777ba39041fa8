"""Read the annotated documents a `stance run` wrote, for reports, exports and queries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from .errors import Errors, StanceError

RECORDS_FILE = "documents.jsonl"


def records_path(source: str | Path) -> Path:
    """The documents.jsonl of a run: `source` is the run's output folder or a JSONL file."""
    source = Path(source)
    # the run folder, its documents.jsonl, or its store.sqlite (whose export lies beside it)
    path = source / RECORDS_FILE if source.is_dir() else source.with_name(RECORDS_FILE) if source.suffix == ".sqlite" else source
    if not path.is_file():
        raise StanceError(Errors.E060.format(path=path))
    return path


def iter_records(source: str | Path) -> Iterator[dict]:
    """Yield each document record (ANNOTATION.md format with predictions) of a run, one at a time."""
    path = records_path(source)
    with open(path, encoding="utf-8", errors="strict") as handle:
        for number, line in enumerate(_lines(handle, path), start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as error:
                raise StanceError(Errors.E061.format(path=path, line=number, why=error.msg)) from error


def _lines(handle, path: Path) -> Iterator[str]:
    """The file's lines; a file that is not UTF-8 text (a database, a zip) is reported, not a traceback."""
    number = 0
    try:
        for number, line in enumerate(handle, start=1):
            yield line
    except UnicodeDecodeError as error:
        raise StanceError(Errors.E061.format(path=path, line=number + 1, why=f"not UTF-8 text: {error.reason}")) from error
