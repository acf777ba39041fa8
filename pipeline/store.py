"""The run's SQLite store: documents, speakers, segments and sentences with scores, indexed for queries.

The store is the source of truth of an output folder. Each processed document is written in one
transaction with all its rows, so a run killed at any point leaves whole documents only; the next
run skips documents whose content hash is already stored. `documents.jsonl` is exported from it.
"""

from __future__ import annotations

import bisect
import json
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

from .errors import Errors, StanceError

STORE_FILE = "store.sqlite"
SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, position INTEGER NOT NULL, content_hash TEXT NOT NULL, run INTEGER NOT NULL,
    body TEXT, body_type TEXT, date TEXT, year INTEGER, title TEXT, source TEXT,
    stance TEXT, stance_score REAL, confidence REAL, low_confidence INTEGER,
    words INTEGER NOT NULL, model TEXT, model_version TEXT, record TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS speakers (
    doc_id TEXT NOT NULL, speaker_id TEXT NOT NULL, name TEXT, role TEXT, org TEXT,
    stance TEXT, score REAL, confidence REAL, PRIMARY KEY (doc_id, speaker_id)
);
CREATE TABLE IF NOT EXISTS segments (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    label TEXT NOT NULL, speaker_id TEXT, PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
    text TEXT NOT NULL, segment TEXT, speaker_id TEXT, speaker TEXT, stance TEXT,
    p_favor REAL, p_against REAL, p_neutral REAL, confidence REAL, roles TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS sentence_roles (
    doc_id TEXT NOT NULL, idx INTEGER NOT NULL, role TEXT NOT NULL, score REAL NOT NULL,
    PRIMARY KEY (doc_id, idx, role)
);
CREATE INDEX IF NOT EXISTS documents_position ON documents (position);
CREATE INDEX IF NOT EXISTS documents_body ON documents (body);
CREATE INDEX IF NOT EXISTS documents_body_type ON documents (body_type);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year);
CREATE INDEX IF NOT EXISTS documents_run ON documents (run);
CREATE INDEX IF NOT EXISTS speakers_name ON speakers (name);
CREATE INDEX IF NOT EXISTS sentences_stance ON sentences (stance);
CREATE INDEX IF NOT EXISTS sentences_speaker ON sentences (speaker);
CREATE INDEX IF NOT EXISTS sentence_roles_role ON sentence_roles (role, score);
-- `stance summary`: every column its counting pass reads, in document order, so one index scan
-- answers it without touching the sentence text or sorting; also its lookups by (doc_id, idx).
CREATE INDEX IF NOT EXISTS sentences_summary ON sentences
    (doc_id, idx, speaker_id, segment, stance, p_favor, p_against, confidence, roles);
-- `stance summary`: each role's sentences from the most confident down, without reading the table.
CREATE INDEX IF NOT EXISTS sentence_roles_ranked ON sentence_roles (role, score, doc_id, idx);
-- `stance summary`: the documents' metadata without reading their (large) records.
CREATE INDEX IF NOT EXISTS documents_summary ON documents (doc_id, body, body_type, year, date, stance, position);
"""

ROW_TABLES = ("speakers", "segments", "sentences", "sentence_roles")


def store_path(source: str | Path) -> Path:
    """The store file of a run: `source` is the run's output folder or the database file itself."""
    source = Path(source)
    path = source / STORE_FILE if source.is_dir() else source
    if not path.is_file():
        raise StanceError(Errors.E062.format(path=path))
    return path


def _year(date: object) -> int | None:
    text = str(date or "")[:4]
    return int(text) if len(text) == 4 and text.isdigit() else None


def record_rows(record: dict) -> dict[str, list[tuple]]:
    """The rows of every table for one document record (plain tuples: cheap to send between processes)."""
    doc_id, text, meta = record["id"], record["text"], record.get("meta") or {}
    speakers = {s["id"]: s for s in record.get("speakers") or []}
    rollups = (record.get("rollups") or {}).get("speakers") or {}
    segments = sorted(record.get("segments") or [], key=lambda s: s["start"])
    starts = [s["start"] for s in segments]

    def segment_at(offset: int) -> dict | None:
        index = bisect.bisect_right(starts, offset) - 1
        return segments[index] if index >= 0 and offset < segments[index]["end"] else None

    rows: dict[str, list[tuple]] = {name: [] for name in ROW_TABLES}
    for speaker_id, speaker in speakers.items():
        rollup = rollups.get(speaker_id) or {}
        rows["speakers"].append((doc_id, speaker_id, speaker.get("name"), speaker.get("role"), speaker.get("org"),
                                 rollup.get("stance"), rollup.get("score"), rollup.get("confidence")))
    for index, segment in enumerate(segments):
        rows["segments"].append((doc_id, index, segment["start"], segment["end"], segment["label"],
                                 segment.get("speaker")))
    for index, sentence in enumerate(record.get("sentences") or []):
        segment = segment_at(sentence["start"]) or {}
        speaker_id = segment.get("speaker")
        scores = sentence.get("stance_scores") or {}
        roles = sentence.get("roles") or []
        rows["sentences"].append((
            doc_id, index, sentence["start"], sentence["end"], text[sentence["start"]:sentence["end"]],
            segment.get("label"), speaker_id, (speakers.get(speaker_id) or {}).get("name"), sentence.get("stance"),
            scores.get("favor"), scores.get("against"), scores.get("neutral"),
            max(scores.values()) if scores else None, json.dumps(roles, ensure_ascii=False),
        ))
        role_scores = sentence.get("role_scores") or {role: 1.0 for role in roles}
        for role, score in role_scores.items():
            if role in roles:
                rows["sentence_roles"].append((doc_id, index, role, score))
    rollup = record.get("stance_rollup") or {}
    rows["documents"] = [(
        doc_id, meta.get("body"), meta.get("body_type"), meta.get("date"), _year(meta.get("date")),
        meta.get("title"), meta.get("source"), record.get("stance"), rollup.get("score"), rollup.get("confidence"),
        None if "low_confidence" not in rollup else int(bool(rollup["low_confidence"])),
        len(text.split()), meta.get("model"), meta.get("model_version"),
    )]
    return rows


class Store:
    """An open store; use as a context manager. Writes go through `put` (one transaction per call)."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        try:
            if read_only:  # queries never write: a store on read-only media or shared read-only still answers
                self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
                self._check_is_store()
                return
            # isolation_level=None: transactions are explicit (BEGIN ... COMMIT) and whole
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._check_schema()
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error):
                raise StanceError(Errors.E072.format(path=self.path)) from error
            raise StanceError(Errors.E063.format(path=self.path, why=error)) from error

    def _check_is_store(self) -> None:
        has_info = self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'info'").fetchone()
        found = self.get_info("schema_version") if has_info else None
        if found is None:
            raise StanceError(Errors.E072.format(path=self.path))
        if found != SCHEMA_VERSION:
            raise StanceError(Errors.E064.format(path=self.path, found=found, expected=SCHEMA_VERSION))

    def _check_schema(self) -> None:
        found = self.get_info("schema_version")
        if found is None:
            self.set_info("schema_version", SCHEMA_VERSION)
        elif found != SCHEMA_VERSION:
            raise StanceError(Errors.E064.format(path=self.path, found=found, expected=SCHEMA_VERSION))

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Fold the write-ahead log into the database file and close, leaving one self-contained file."""
        if self.read_only:
            self.db.close()
            return
        try:
            self.db.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.DatabaseError:
            pass  # the log stays beside the file and SQLite replays it on the next open
        finally:
            self.db.close()

    def get_info(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM info WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_info(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO info (key, value) VALUES (?, ?)", (key, value))

    def content_hash(self, doc_id: str) -> str | None:
        """The stored content hash of one document, or None."""
        row = self.db.execute("SELECT content_hash FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def hashes(self) -> dict[str, str]:
        """doc_id -> content hash of every stored document (small: two short strings per document)."""
        return dict(self.db.execute("SELECT doc_id, content_hash FROM documents"))

    def put(self, items: Iterable[tuple[str, dict[str, list[tuple]], int, str]], run: int) -> None:
        """Store (record line, rows, position, content hash) items in one transaction, replacing old rows."""
        with self.transaction():
            for line, rows, position, content_hash in items:
                doc_id = rows["documents"][0][0]
                self._delete(doc_id)
                self.db.execute(
                    "INSERT INTO documents (doc_id, position, content_hash, run, body, body_type, date, year, title,"
                    " source, stance, stance_score, confidence, low_confidence, words, model, model_version, record)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc_id, position, content_hash, run, *rows["documents"][0][1:], line),
                )
                for table in ROW_TABLES:
                    if rows[table]:
                        marks = ",".join("?" * len(rows[table][0]))
                        self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows[table])

    def touch(self, items: Iterable[tuple[str, int]], run: int) -> None:
        """Mark unchanged documents as seen by `run`, at their new corpus positions."""
        with self.transaction():
            self.db.executemany("UPDATE documents SET position = ?, run = ? WHERE doc_id = ?",
                                [(position, run, doc_id) for doc_id, position in items])

    def prune(self, run: int) -> int:
        """Remove documents this run did not see (they left the corpus); return how many."""
        with self.transaction():
            gone = [row[0] for row in self.db.execute("SELECT doc_id FROM documents WHERE run != ?", (run,))]
            for doc_id in gone:
                self._delete(doc_id)
        return len(gone)

    def _delete(self, doc_id: str) -> None:
        self.db.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
        for table in ROW_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error."""
        return _Transaction(self.db)

    def iter_lines(self) -> Iterator[str]:
        """Every document's JSON line, in corpus order, streamed from the database."""
        for (line,) in self.db.execute("SELECT record FROM documents ORDER BY position, doc_id"):
            yield line

    def count(self, table: str = "documents") -> int:
        if table not in ("documents", *ROW_TABLES):
            raise ValueError(table)
        return self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


class _Transaction:
    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, kind, value, traceback):
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def open_store(source: str | Path) -> Store:
    """Open the store of an existing run (output folder or database file) for queries, read-only."""
    return Store(store_path(source), read_only=True)
