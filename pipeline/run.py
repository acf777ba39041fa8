"""`stance run`: ingest a corpus, run the pipeline, write documents.jsonl and docs.spacy."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import DocBin

from .errors import Errors, InputError, StanceError
from .export import atomic_writer, doc_to_record, record_line
from .ingest import RawDocument, iter_corpus
from .nlp import load_pipeline


@dataclass
class RunReport:
    """What a run did: counts, time and every failure (one line each)."""

    documents: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (
            f"{self.documents} documents, {self.words} words, {self.seconds:.1f} s, "
            f"{self.words_per_second:,.0f} words/s, {len(self.failures)} failures"
        )


def _prepare_out(out_dir: Path) -> None:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".write-probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise StanceError(Errors.E030.format(path=out_dir, why=error.strerror or error)) from error


def run_corpus(
    paths: Iterable[str | Path],
    out_dir: str | Path,
    *,
    nlp: Language | None = None,
    max_bytes: int = 5_000_000,
    batch_size: int = 64,
    n_process: int = 1,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Process every statement under `paths` into `out_dir`; bad inputs are reported, not fatal.

    `progress`, if given, is called with each document's word count as it is written.
    """
    out_dir = Path(out_dir)
    _prepare_out(out_dir)
    nlp = nlp or load_pipeline()
    model = {"model": nlp.meta.get("name"), "model_version": nlp.meta.get("version")}
    trained = any(name in nlp.pipe_names for name in ("e2ee_stance", "e2ee_roles"))
    report = RunReport()
    started = time.perf_counter()

    def documents():
        for item in iter_corpus(list(paths), max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.failures.append(str(item))
                continue
            doc = nlp.make_doc(item.text)
            # metadata first: the segmenter reads the publisher, the models its body type
            doc._.doc_id = item.id
            doc._.meta = dict(item.meta, **model) if trained else dict(item.meta)
            yield doc, item

    doc_bin = DocBin(store_user_data=True)
    with atomic_writer(out_dir / "documents.jsonl") as handle:
        for doc, raw in nlp.pipe(documents(), as_tuples=True, batch_size=batch_size, n_process=n_process):
            raw: RawDocument
            handle.write(record_line(doc_to_record(doc)))
            doc_bin.add(doc)
            words = len(raw.text.split())
            report.documents += 1
            report.words += words
            if progress:
                progress(words)
        with atomic_writer(out_dir / "docs.spacy", "wb") as binary:
            binary.write(doc_bin.to_bytes())
    report.seconds = time.perf_counter() - started
    return report
