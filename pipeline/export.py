"""Turn processed docs into ANNOTATION.md records, and write files atomically."""

from __future__ import annotations

import json
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .extensions import doc_text

# Characters json.dumps(ensure_ascii=False) leaves raw but a JSON Lines file must not hold raw:
# surrogates (not encodable as UTF-8) and line breaks other than "\n" (which json escapes).
_UNSAFE_IN_LINE = re.compile("[\ud800-\udfff\x85\u2028\u2029]")


def doc_to_record(doc: Doc) -> dict:
    """The ANNOTATION.md record of a processed doc; offsets index `doc.text` exactly."""
    record = {
        "id": doc._.doc_id,
        "text": doc_text(doc),
        "meta": dict(doc._.meta or {}),
        "speakers": [dict(s) for s in doc._.speakers or []],
        "segments": [dict(s) for s in doc._.segments or []],
        "sentences": [dict(s) for s in doc._.sentences or []],
    }
    if doc._.stance is not None:
        record["stance"] = doc._.stance["stance"]
        record["stance_rollup"] = dict(doc._.stance)
        record["rollups"] = doc._.rollups
    return record


def record_line(record: dict) -> str:
    """One JSON Lines line: non-ASCII text kept readable, but lone surrogates and the line breaks
    U+0085, U+2028 and U+2029 written as `\\uXXXX` escapes, so the line is valid UTF-8 and no
    reader that splits lines on Unicode breaks (`str.splitlines`, JavaScript) cuts a record.

    `json.loads` gives the record back exactly, with one exception JSON cannot avoid: a high
    surrogate directly followed by a low one reads back as the single character the pair
    encodes. Ingested documents never hold surrogates (`ingest` replaces them).
    """
    line = json.dumps(record, ensure_ascii=False)
    return _UNSAFE_IN_LINE.sub(lambda match: f"\\u{ord(match.group()):04x}", line) + "\n"


def _file_mode(path: Path) -> int:
    """The mode of the file being replaced, else the usual mode for a new file under this umask."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextmanager
def atomic_writer(path: Path, mode: str = "w"):
    """Write to a temporary file beside `path` and rename it over `path` only on success."""
    path = Path(path)
    handle_fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.chmod(temp_name, _file_mode(path))  # mkstemp makes 0600; the result should look like any other file
    try:
        with os.fdopen(handle_fd, mode, encoding="utf-8" if "b" not in mode else None) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        raise
