"""Parse JSON Lines, a JSON list or one JSON object, keeping the line each record starts on.

Annotation tools export either JSON Lines (Prodigy, doccano) or one JSON list (Label Studio,
doccano's JSON), pretty-printed or not; every error names the line it is on.
"""

from __future__ import annotations

import json
import re

from .errors import Errors, StanceError

_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def json_records(text: str, path: str) -> tuple[list[tuple[int, object]], str]:
    """(line, parsed value) for each record, and "jsonl" or "json" (a list, or one object).

    JSON Lines unless the first line is not JSON on its own and the file opens a list or an
    object (a pretty-printed export), or a .json file holds one list (a compact export).
    RAISES (StanceError): E041 for a malformed JSON line, E100 for a malformed JSON list or object.
    """
    stripped = text.lstrip()
    records = []
    # split on "\n" only: JSON strings may hold U+2028 and other breaks that splitlines() cuts at
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            records.append((number, json.loads(line)))
        except (json.JSONDecodeError, RecursionError) as err:
            if not records and stripped.startswith("["):
                return _json_list(text, path), "json"
            if not records and stripped.startswith("{"):
                return _json_object(text, path), "json"
            why = getattr(err, "msg", "nested too deeply")
            raise StanceError(Errors.E041.format(path=path, line=number, why=why)) from err
    if path.lower().endswith(".json") and len(records) == 1 and isinstance(records[0][1], list):
        return _json_list(text, path), "json"
    return records, "jsonl"


def _json_object(text: str, path: str) -> list[tuple[int, object]]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise StanceError(Errors.E100.format(path=path, line=err.lineno, why=err.msg)) from err
    except RecursionError as err:
        raise StanceError(Errors.E100.format(path=path, line=1, why="nested too deeply")) from err
    return [(1 + text.count("\n", 0, len(text) - len(text.lstrip())), value)]


def _json_list(text: str, path: str) -> list[tuple[int, object]]:
    """The items of a JSON list with the line each starts on (for messages about task N)."""
    decoder = json.JSONDecoder()
    items = []
    index = text.index("[") + 1
    line, counted = 1, 0

    def fail(at: int, why: str):
        return StanceError(Errors.E100.format(path=path, line=1 + text.count("\n", 0, at), why=why))

    while True:
        index = _JSON_SPACE.match(text, index).end()
        if not items and text.startswith("]", index):
            index += 1
            break
        try:
            item, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError as err:
            raise StanceError(Errors.E100.format(path=path, line=err.lineno, why=err.msg)) from err
        except RecursionError as err:
            raise fail(index, "nested too deeply") from err
        line += text.count("\n", counted, index)
        counted = index
        items.append((line, item))
        index = _JSON_SPACE.match(text, end).end()
        if text.startswith(",", index):
            index += 1
        elif text.startswith("]", index):
            index += 1
            break
        else:
            raise fail(index, "expected ',' or ']' after a list item")
    index = _JSON_SPACE.match(text, index).end()
    if index < len(text):
        raise fail(index, "extra data after the list")
    return items
