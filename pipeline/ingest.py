"""Read a corpus of policy statements from files and folders into `RawDocument` objects.

`iter_corpus` streams: folders are listed one directory at a time, each file is read only when its
turn comes, and JSON Lines files are read line by line, so memory stays bounded by the largest
single document (itself capped by `max_bytes`) rather than by the corpus.

Supported inputs are `.txt` and `.md` (raw text), `.html`/`.htm` (main text extracted) and
`.jsonl` (one ANNOTATION.md document a line; only `id`, `text` and `meta` are read). A file or
line that cannot be used becomes an `InputError` in the stream and the run goes on.

Newlines in files are normalised: "\\r\\n" and a lone "\\r" become "\\n". The normalised string
is the document text from here on: exported documents carry it and every character offset
produced downstream indexes it, never the bytes on disk. JSONL `text` is kept exactly as given,
since offsets in labelled JSONL already index it; the one exception is a lone UTF-16 surrogate
(JSON can spell "\\ud83d" alone, UTF-8 cannot store it), which becomes U+FFFD, one character for
one, with an E160 report. File names that are not UTF-8 give ids with `\\xNN` escapes. Inside
folders, `README.*` files are the corpus's documentation, not statements, and are skipped.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import posixpath
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, NavigableString, Tag
from charset_normalizer import from_bytes

from .errors import Errors, InputError, StanceError
from .labels import BODY_TYPES, META_FIELDS

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
METADATA_FILE = "metadata.csv"
BULLET = "\u2022 "

# Bytes that plain text practically never holds: C0 controls other than \t \n \v \f \r, and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_BINARY_CONTROL_SHARE = 0.10
# After a legacy decoding, any C0/C1 control except \t \n \r means the guess was wrong.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# charset_normalizer always returns *some* best match; only take it when it reads as language.
_MAX_CHAOS = 0.10
_MIN_COHERENCE = 0.25
# Anything longer is not a real number in a document record, and int() on it is slow.
_MAX_NUMBER_CHARS = 100
_SKIP_CHUNK = 1 << 16
# The only characters JSON treats as blank: a line of anything else (a form feed, "\x1c") is malformed.
_JSON_SPACE = " \t\r\n"
_SURROGATE = re.compile("[\ud800-\udfff]")

_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "nav", "form", "button"}
    | {"head", "title"}  # the title goes to meta, never into the text
    # embedded objects and form controls: their text is fallback or input, never the statement
    # (not <embed>: lxml does not know it is empty and would hang the rest of the page under it)
    | {"object", "applet", "noframes", "noembed", "canvas", "audio", "video", "select", "textarea", "datalist"}
)
# Inline styles that hide an element: hidden text is not what a reader of the page sees.
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div"}
    | {"dl", "dt", "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5"}
    | {"h6", "header", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary"}
    | {"table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
)
_CSV_KEY_COLUMNS = ("path", "file")


@dataclass(frozen=True)
class RawDocument:
    """One statement as read from the corpus, before any processing.

    id (str): Stable unique id: the file's path relative to the corpus root (POSIX style), or the
        JSONL record's own `id`.
    text (str): The document text with newlines normalised to "\\n".
    meta (dict): Any of body, body_type, date, title, source; `encoding` when not UTF-8.
    path (str): The file, as given or joined onto the folder given.
    line (int | None): 1-based line number for a JSONL record, else None.
    """

    id: str
    text: str
    meta: dict
    path: str
    line: int | None = None


@dataclass(frozen=True)
class _Input:
    path: Path  # path to open: the argument joined with `rel`
    root: Path  # the folder argument, or the folder of a file given directly
    rel: str  # POSIX path relative to `root`


def iter_corpus(
    paths: str | os.PathLike | Iterable[str | os.PathLike], *, max_bytes: int = 5_000_000
) -> Iterator[RawDocument | InputError]:
    """Stream the documents of one or more files or folders.

    paths (str | PathLike | Iterable): Files and folders; folders are read recursively in sorted
        order, skipping hidden entries, `metadata.csv` and files of other types.
    max_bytes (int): Largest file (or JSONL line) read; larger ones are reported and skipped.
    YIELDS (RawDocument | InputError): A document for each usable file or JSONL line, an error for
        each one that cannot be used (and for refused metadata).
    RAISES (StanceError): E031 on the first step if no input file exists at all.
    """
    roots = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    reader = _CorpusReader(max_bytes)
    pending: list[InputError] = []
    found = False
    for item in _iter_inputs(roots):
        if isinstance(item, InputError) and not found:
            # Held back: if nothing at all is found, one E031 says it better than N errors.
            pending.append(item)
            continue
        if not found:
            found = True
            yield from pending
        if isinstance(item, InputError):
            yield item
        else:
            yield from reader.read(item)
    if not found:
        shown = ", ".join(printable(p) for p in roots) or "(no paths)"
        raise StanceError(Errors.E031.format(paths=shown))


def decode_bytes(data: bytes, path: str) -> tuple[str, str | None]:
    """Decode a file's bytes, refusing binary data and undecidable encodings.

    data (bytes): The raw file content.
    path (str): The file, for error messages.
    RETURNS (tuple[str, str | None]): The text (BOM stripped, newlines not yet normalised) and the
        encoding used when it is not UTF-8.
    RAISES (InputError): E002 for binary data, E003 when no encoding fits.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path), None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows "Unicode" text: full of NUL bytes, so it must be caught before the binary test.
        return _strict(data, "utf-16", path), "utf-16"
    _refuse_binary(data, path)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if not _CONTROL_CHARS.search(text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    return _guess(data, path)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """Extract the main text of an HTML page as blocks separated by blank lines.

    markup (str): The decoded HTML.
    RETURNS (tuple[str, str | None]): The text ("" if none) and the page <title>, if any.
    """
    soup = BeautifulSoup(markup, "lxml")
    writer = _BlockWriter()
    # An explicit stack, not recursion: hostile pages nest thousands of elements deep.
    stack: list[tuple[object, bool]] = [(soup, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            writer.end(node)
        elif type(node) is NavigableString:  # subclasses are comments, doctypes, CDATA, ...
            writer.text(str(node))
        elif isinstance(node, Tag) and not _is_dropped(node):
            if node.name == "br":
                writer.newline()
                continue
            writer.start(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    writer.flush(2)
    return writer.result(), _html_title(soup)


def printable(path: str | os.PathLike) -> str:
    """A path as shown in messages: undecodable bytes as `\\xNN`, control characters and line
    breaks escaped, so a file named with a newline still gets a one-line message."""
    text = _stable_id(os.fspath(path))
    return text if text.isprintable() else "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text
    )


def _stable_id(rel: str) -> str:
    """The id of a file: its relative POSIX path, with bytes that are not UTF-8 written `\\xNN`.

    Linux allows any bytes in a name; Python reads the undecodable ones as lone surrogates, which
    no UTF-8 output (JSON Lines, DocBin) can store. The escaped form is stable from run to run.
    """
    try:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from the file system
        return rel.encode("utf-8", "backslashreplace").decode("utf-8")


class _CorpusReader:
    """Reads inputs one at a time, keeping the state that spans files: ids seen, metadata."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.metadata = _MetadataIndex(max_bytes)
        self.seen: dict[str, str] = {}

    def read(self, item: _Input) -> Iterator[RawDocument | InputError]:
        """Yield the documents and errors of one input file."""
        suffix = item.path.suffix.lower()
        if suffix == ".jsonl":
            yield from self._read_jsonl(item)
        else:
            yield from self._read_file(item, suffix)

    def _read_file(self, item: _Input, suffix: str) -> Iterator[RawDocument | InputError]:
        shown = printable(item.path)
        meta, errors = self.metadata.lookup(item.path, item.root)
        yield from errors
        try:
            data = _read_bytes(item.path, shown, self.max_bytes)
            text, encoding = decode_bytes(data, shown)
            if not text.strip():
                raise _error(Errors.E001, shown)
            if suffix in HTML_SUFFIXES:
                text, title = html_to_text(text)
                if not text:
                    raise _error(Errors.E010, shown)
                if title and "title" not in meta:
                    meta["title"] = title
        except InputError as err:
            yield err
            return
        meta.setdefault("source", item.rel)
        if encoding:
            meta["encoding"] = encoding
        yield from self._emit(RawDocument(item.rel, _normalise_newlines(text), meta, shown))

    def _read_jsonl(self, item: _Input) -> Iterator[RawDocument | InputError]:
        shown = printable(item.path)
        try:
            handle = _open_regular(item.path, shown)
        except InputError as err:
            yield err
            return
        blank = True
        with handle:
            try:
                for number, raw in _read_lines(handle, self.max_bytes):
                    if number == 1 and isinstance(raw, bytes):
                        raw = raw.removeprefix(b"\xef\xbb\xbf")
                    if isinstance(raw, int):
                        blank = False
                        yield _error(Errors.E011, shown, number, size=raw, limit=self.max_bytes)
                    elif raw.strip(_JSON_SPACE.encode()):
                        blank = False
                        yield from self._read_record(item, shown, number, raw)
            except OSError as err:
                yield _error(Errors.E005, shown, why=_why(err))
                return
        if blank:
            yield _error(Errors.E001, shown)

    def _read_record(
        self, item: _Input, shown: str, number: int, raw: bytes
    ) -> Iterator[RawDocument | InputError]:
        try:
            record = _parse_json_line(raw)
        except _Malformed as err:
            yield _error(Errors.E006, shown, number, why=str(err))
            return
        if record is None:
            return  # blank line
        try:
            doc_id, text, given_meta = _record_fields(record, f"{item.rel}#{number}")
        except _Malformed as err:
            yield _error(Errors.E007, shown, number, why=str(err))
            return
        meta = {}
        for name, value in given_meta.items():
            problem = _meta_problem(name, value)
            if problem:
                yield _error(Errors.E015, shown, number, field=name, why=problem)
            elif name in META_FIELDS:
                meta[name] = value
        replaced: list[tuple[str, int]] = []
        doc_id = _without_surrogates(doc_id, "`id`", replaced)
        text = _without_surrogates(text, "`text`", replaced)
        for name, value in meta.items():
            if isinstance(value, str):
                meta[name] = _without_surrogates(value, f"`meta.{name}`", replaced)
        if replaced:
            fields = ", ".join(name for name, _ in replaced)
            yield _error(Errors.E160, shown, number, fields=fields, count=sum(n for _, n in replaced))
        meta.setdefault("source", item.rel)
        doc = RawDocument(doc_id, text, meta, shown, number)
        yield from self._emit(doc)

    def _emit(self, doc: RawDocument) -> Iterator[RawDocument | InputError]:
        where = doc.path if doc.line is None else f"{doc.path}:{doc.line}"
        first = self.seen.get(doc.id)
        if first is not None:
            yield _error(Errors.E008, doc.path, doc.line, doc_id=doc.id, first=first)
            return
        self.seen[doc.id] = where
        yield doc


class _MetadataIndex:
    """Finds a file's row in the nearest metadata.csv, parsing each CSV once."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.cache: dict[Path, dict[str, dict]] = {}

    def lookup(self, path: Path, root: Path) -> tuple[dict, list[InputError]]:
        """Return a copy of the file's metadata ({} if none) and errors of CSVs first read now."""
        errors: list[InputError] = []
        folder = path.parent
        while True:
            rows = self._rows(folder, root, errors)
            key = path.relative_to(folder).as_posix()
            if key in rows:
                return dict(rows[key]), errors
            if folder == root or folder == folder.parent or root not in folder.parents:
                return {}, errors
            folder = folder.parent

    def _rows(self, folder: Path, root: Path, errors: list[InputError]) -> dict[str, dict]:
        if folder not in self.cache:
            self.cache[folder] = self._parse(folder / METADATA_FILE, root, errors)
        return self.cache[folder]

    def _parse(self, csv_path: Path, root: Path, errors: list[InputError]) -> dict[str, dict]:
        shown = printable(csv_path)
        if not csv_path.is_file():
            return {}
        if csv_path.is_symlink() and not csv_path.resolve().is_relative_to(root.resolve()):
            # the same rule as for statements: a link must not pull in a file from outside
            errors.append(_error(Errors.E013, shown, root=printable(root)))
            return {}
        try:
            data = _read_bytes(csv_path, shown, self.max_bytes)
            text, _ = decode_bytes(data, shown)
            return _parse_metadata(text, shown, errors)
        except InputError as err:
            errors.append(_error(Errors.E014, shown, why=_reason(err, shown)))
        except _Malformed as err:
            errors.append(_error(Errors.E014, shown, why=str(err)))
        except csv.Error as err:
            errors.append(_error(Errors.E014, shown, why=f"CSV: {err}"))
        return {}


def _parse_metadata(text: str, shown: str, errors: list[InputError]) -> dict[str, dict]:
    """Parse metadata.csv text into {relative POSIX path: meta}, reporting refused rows."""
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in next(reader, [])]
    key_column = next((name for name in _CSV_KEY_COLUMNS if name in header), None)
    if key_column is None:
        raise _Malformed("no `path` or `file` column")
    rows: dict[str, dict] = {}
    first_line: dict[str, int] = {}
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue
        row = {name: cell.strip() for name, cell in zip(header, cells) if cell.strip()}
        line = reader.line_num
        try:
            key = _metadata_key(row.get(key_column, ""))
            if key in rows:
                raise _Malformed(f"second row for {key!r}, first on line {first_line[key]}")
        except _Malformed as err:
            errors.append(_error(Errors.E009, shown, line, why=str(err)))
            continue
        meta = {name: row[name] for name in META_FIELDS if name in row}
        if "body_type" in meta and meta["body_type"] not in BODY_TYPES:
            # Refuse only the bad value: the row's other fields are still right.
            why = _body_type_problem(meta.pop("body_type"))
            errors.append(_error(Errors.E009, shown, line, why=why))
        rows[key] = meta
        first_line[key] = line
    return rows


def _metadata_key(value: str) -> str:
    """Normalise a CSV path cell, refusing paths that leave the CSV's folder."""
    if not value:
        raise _Malformed("no path")
    posix = value.replace("\\", "/")
    # A drive letter ("C:/...") is as absolute as a leading slash.
    if posix.startswith("/") or re.match(r"^[A-Za-z]:/", posix):
        raise _Malformed(f"absolute path {value!r}")
    key = posixpath.normpath(posix)
    if key == ".." or key.startswith("../"):
        raise _Malformed(f"path {value!r} leaves the folder of metadata.csv")
    return key


class _BlockWriter:
    """Collects text into blocks; a break's weight says how blocks are joined.

    Weight 1 (between list items and inside them) joins with "\\n", weight 2 with "\\n\\n".
    """

    def __init__(self):
        self.blocks: list[str] = []
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.weight = 0
        self.prefix = ""
        self.li_depth = 0

    def start(self, tag: Tag) -> None:
        if tag.name in _BLOCK_TAGS:
            self.flush(self._weight(tag))
        if tag.name == "li":
            self.li_depth += 1
            self.prefix = BULLET

    def end(self, tag: Tag) -> None:
        if tag.name == "li":
            self.li_depth -= 1
        if tag.name in _BLOCK_TAGS:
            self.flush(self._weight(tag))
        if tag.name == "li":
            self.prefix = ""

    def text(self, value: str) -> None:
        self.parts.append(value)

    def newline(self) -> None:
        self.lines.append("".join(self.parts))
        self.parts = []

    def flush(self, weight: int) -> None:
        """End the current block; keep it only if it has text."""
        self.newline()
        lines = [" ".join(line.split()) for line in self.lines]
        self.lines = []
        self.weight = max(self.weight, weight)
        block = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
        if not block:
            return
        if self.blocks:
            self.blocks.append("\n" if self.weight == 1 else "\n\n")
        self.blocks.append(self.prefix + block)
        self.prefix = ""
        self.weight = 0

    def result(self) -> str:
        return "".join(self.blocks)

    def _weight(self, tag: Tag) -> int:
        return 1 if tag.name == "li" or self.li_depth > 0 else 2


def _is_dropped(tag: Tag) -> bool:
    if tag.name in _DROP_TAGS or tag.has_attr("hidden"):
        return True
    role = str(tag.get("role", "")).strip().lower()
    hidden = str(tag.get("aria-hidden", "")).strip().lower()
    style = str(tag.get("style", ""))
    return role == "navigation" or hidden == "true" or bool(_HIDDEN_STYLE.search(style))


def _html_title(soup: BeautifulSoup) -> str | None:
    for title in soup.find_all("title"):
        # An <svg> carries its own <title>, a tooltip, not the page's.
        if title.find_parent("svg") is None:
            text = " ".join(title.get_text().split())
            return text or None
    return None


def _iter_inputs(roots: list) -> Iterator[_Input | InputError]:
    """Yield every input file under the arguments, in argument order then sorted path order."""
    for arg in roots:
        path = Path(arg)
        shown = printable(arg)
        if path.is_dir():
            yield from _walk(path)
        elif not (path.exists() or path.is_symlink()):
            yield _error(Errors.E005, shown, why="no such file or directory")
        elif path.suffix.lower() in SUFFIXES:
            yield _Input(path, path.parent, _stable_id(path.name))
        else:
            yield _error(Errors.E012, shown, suffix=path.suffix or path.name)


def _walk(root: Path) -> Iterator[_Input | InputError]:
    """Walk a folder depth-first in sorted order, one directory listing in memory per level."""
    real_root = root.resolve()
    visited = {real_root}  # real folders already walked: guards against symlink loops
    stack = [iter(_listing(root))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
        elif isinstance(entry, InputError):
            yield entry
        elif not entry.name.startswith("."):
            path = Path(entry.path)
            is_dir = _is_dir(entry)
            skipped = entry.name == METADATA_FILE or entry.name.upper().startswith("README.")
            if not is_dir and (skipped or path.suffix.lower() not in SUFFIXES):
                continue
            if entry.is_symlink() and not path.resolve().is_relative_to(real_root):
                yield _error(Errors.E013, printable(path), root=printable(root))
            elif not is_dir:
                yield _Input(path, root, _stable_id(path.relative_to(root).as_posix()))
            elif (real := path.resolve()) not in visited:
                visited.add(real)
                stack.append(iter(_listing(path)))


def _listing(folder: Path) -> list:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as err:
        return [_error(Errors.E005, printable(folder), why=_why(err))]


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _read_bytes(path: Path, shown: str, max_bytes: int) -> bytes:
    """Read a whole file, checking its size first so an oversize file is never loaded."""
    with _open_regular(path, shown) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            raise _error(Errors.E004, shown, size=size, limit=max_bytes)
        try:
            data = handle.read(max_bytes + 1)
        except OSError as err:
            raise _error(Errors.E005, shown, why=_why(err)) from None
    if len(data) > max_bytes:  # it grew after the stat
        raise _error(Errors.E004, shown, size=len(data), limit=max_bytes)
    return data


def _open_regular(path: Path, shown: str):
    """Open a file for binary reading, refusing FIFOs and devices: they may block or never end."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise _error(Errors.E005, shown, why="not a regular file")
        return open(path, "rb")
    except OSError as err:
        raise _error(Errors.E005, shown, why=_why(err)) from None


def _read_lines(handle, limit: int) -> Iterator[tuple[int, bytes | int]]:
    """Yield (line number, bytes without the newline), or (line number, size) for a too-long line.

    A too-long line is never held whole: the rest of it is read and dropped in fixed-size chunks.
    """
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        ended = line.endswith(b"\n")
        content = line.rstrip(b"\r\n") if ended else line
        if len(content) <= limit:
            yield number, content
            continue
        size = len(content)
        while not ended and (chunk := handle.readline(_SKIP_CHUNK)):
            ended = chunk.endswith(b"\n")
            size += len(chunk.rstrip(b"\r\n") if ended else chunk)
        yield number, size


class _Malformed(ValueError):
    """A reason a JSON line or CSV row is refused; its message becomes the error's `why`."""


def _parse_json_line(raw: bytes):
    """Parse one JSONL line; None for a blank line."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise _Malformed(f"not UTF-8 at byte {err.start}") from None
    if not text.strip(_JSON_SPACE):
        return None
    try:
        return json.loads(
            text, parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant
        )
    except json.JSONDecodeError as err:
        raise _Malformed(f"{err.msg} at column {err.colno}") from None
    except RecursionError:
        raise _Malformed("nested too deeply") from None
    except ValueError as err:  # raised by the parse_* hooks below
        raise _Malformed(str(err)) from None


def _parse_int(value: str) -> int:
    if len(value) > _MAX_NUMBER_CHARS:
        raise ValueError(f"number of {len(value):,} digits")
    return int(value)


def _parse_float(value: str) -> float:
    if len(value) > _MAX_NUMBER_CHARS:
        raise ValueError(f"number of {len(value):,} characters")
    number = float(value)
    if math.isinf(number):
        raise ValueError(f"number {value} out of range")
    return number


def _parse_constant(value: str):
    raise ValueError(f"{value} is not valid JSON")


def _record_fields(record, default_id: str) -> tuple[str, str, dict]:
    """Return (id, text, meta) of a parsed JSONL record; labels and other fields are ignored."""
    if not isinstance(record, dict):
        raise _Malformed(f"the line is a JSON {_json_type(record)}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise _Malformed(
            "`text` is missing" if text is None else f"`text` is a JSON {_json_type(text)}"
        )
    if not text.strip():
        raise _Malformed("`text` is empty")
    doc_id = record.get("id")
    if doc_id is None:
        doc_id = default_id
    elif not isinstance(doc_id, str) or not doc_id.strip():
        raise _Malformed("`id` must be a non-empty string")
    meta = record.get("meta") or {}
    if not isinstance(meta, dict):
        raise _Malformed(f"`meta` is a JSON {_json_type(meta)}, not an object")
    return doc_id, text, meta


def _without_surrogates(value: str, name: str, found: list[tuple[str, int]]) -> str:
    """`value` with each lone surrogate (JSON allows "\\ud800" alone) replaced by U+FFFD.

    The replacement is one character for one, so offsets into a JSONL `text` stay valid; a
    surrogate would otherwise stop spaCy's tokenizer and every UTF-8 writer downstream.
    """
    fixed, count = _SURROGATE.subn("\ufffd", value)
    if count:
        found.append((name, count))
    return fixed


def _meta_problem(name: str, value) -> str | None:
    if name not in META_FIELDS or value is None:
        return None
    if not isinstance(value, str):
        return f"a JSON {_json_type(value)}, not a string"
    if name == "body_type" and value not in BODY_TYPES:
        return _body_type_problem(value)
    return None


def _body_type_problem(value: str) -> str:
    return f"unknown body_type {value!r}; use one of {', '.join(BODY_TYPES)}"


def _json_type(value) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number"}
    return "null" if value is None else names.get(type(value), "number")


def _strict(data: bytes, encoding: str, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise _error(Errors.E003, path) from None


def _refuse_binary(data: bytes, path: str) -> None:
    if b"\x00" in data:
        raise _error(Errors.E002, path, why="contains NUL bytes")
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if data and controls / len(data) > _BINARY_CONTROL_SHARE:
        raise _error(Errors.E002, path, why=f"{controls / len(data):.0%} control characters")


def _guess(data: bytes, path: str) -> tuple[str, str]:
    """Use charset_normalizer's best match only when it is clean, coherent language."""
    best = from_bytes(data).best()
    if best is not None and best.chaos <= _MAX_CHAOS and best.coherence >= _MIN_COHERENCE:
        text = str(best)
        if not _CONTROL_CHARS.search(text):
            return text, best.encoding
    raise _error(Errors.E003, path)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _error(template: str, path: str, line: int | None = None, **fields) -> InputError:
    """Format a coded message; a template without {line} gets "path:line" as its path."""
    where = path if line is None or "{line}" in template else f"{path}:{line}"
    return InputError(template.format(path=where, line=line, **fields), path, line)


def _why(err: OSError) -> str:
    return (err.strerror or str(err)).lower()


def _reason(err: InputError, shown: str) -> str:
    """The reason part of a file-level error ("path: reason; advice"), reused inside E014."""
    message = str(err).removeprefix(f"{shown}: ")
    return message.split(";", 1)[0]
