"""`stance run`: ingest a corpus, run the pipeline, write documents.jsonl and docs.spacy."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import DocBin
from spacy.util import minibatch

from .errors import Errors, InputError, StanceError
from .export import atomic_writer, doc_to_record, record_line
from .ingest import RawDocument, iter_corpus
from .nlp import MODEL_COMPONENTS, load_pipeline


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
        """The closing line of a run."""
        return (
            f"{self.documents} documents, {self.words} words, {self.seconds:.1f} s, "
            f"{self.words_per_second:,.0f} words/s, {len(self.failures)} failures"
        )


def _why(error: Exception) -> str:
    return f"{type(error).__name__}: {str(error).splitlines()[0][:200] if str(error) else ''}"


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
    trained = any(name in nlp.pipe_names for name in MODEL_COMPONENTS)
    nlp.max_length = max(nlp.max_length, max_bytes + 1)  # --max-bytes is the one size limit
    report = RunReport()
    started = time.perf_counter()

    def make_doc(item: RawDocument):
        doc = nlp.make_doc(item.text)
        # metadata first: the segmenter reads the publisher, the models its body type
        doc._.doc_id = item.id
        doc._.meta = dict(item.meta, **model) if trained else dict(item.meta)
        return doc

    def documents():
        for item in iter_corpus(paths, max_bytes=max_bytes):
            if isinstance(item, InputError):
                report.failures.append(str(item))
                continue
            try:
                yield make_doc(item), item
            except Exception as error:  # noqa: BLE001 - one unreadable document must not stop the run
                report.failures.append(Errors.E016.format(path=item.path, doc_id=item.id, why=_why(error)))

    def processed():
        if n_process > 1:
            yield from nlp.pipe(documents(), as_tuples=True, batch_size=batch_size, n_process=n_process)
            return
        for batch in minibatch(documents(), size=batch_size):
            try:
                done = list(zip(nlp.pipe((doc for doc, _ in batch), batch_size=batch_size), (raw for _, raw in batch)))
            except Exception:  # noqa: BLE001 - redo the batch one document at a time to find the culprit
                done = []
                for _, raw in batch:
                    try:
                        done.append((nlp(make_doc(raw)), raw))
                    except Exception as error:  # noqa: BLE001
                        report.failures.append(Errors.E016.format(path=raw.path, doc_id=raw.id, why=_why(error)))
            yield from done

    doc_bin = DocBin(store_user_data=True)
    with atomic_writer(out_dir / "documents.jsonl") as handle:
        for doc, raw in processed():
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
