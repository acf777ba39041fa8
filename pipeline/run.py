"""`stance run`: ingest a corpus, annotate new or changed documents, keep the store and exports current.

An output folder holds `store.sqlite` (the source of truth), `documents.jsonl` (exported from the
store in corpus order) and `run.json` (what the last run did). Only one run may write to a folder
at a time. Documents are committed a batch at a time, so a run killed at any point loses at most
the batches in flight, and the next run picks up where it stopped.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from filelock import FileLock, Timeout
from spacy.language import Language

from .backends import make_backend
from .errors import Errors, InputError, StanceError
from .export import atomic_writer
from .ingest import RawDocument, iter_corpus
from .process import PipelineSpec, content_hash, pipeline_fingerprint
from .results import RECORDS_FILE
from .store import STORE_FILE, Store

LOCK_FILE = ".stance.lock"
REPORT_FILE = "run.json"


@dataclass
class RunReport:
    """What a run did: counts, time and every failure (one line each)."""

    documents: int = 0  # good documents in the output after the run
    processed: int = 0
    unchanged: int = 0
    removed: int = 0
    words: int = 0  # words processed by this run
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        """The closing line of a run."""
        return (
            f"{self.documents} documents ({self.processed} processed, {self.unchanged} unchanged, "
            f"{self.removed} removed), {self.words} words, {self.seconds:.1f} s, "
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


def _remove_stale_temp_files(out_dir: Path) -> None:
    """Temporary files of a run that was killed while writing (we hold the lock: none is live)."""
    for name in (RECORDS_FILE, REPORT_FILE):  # only our own: other commands may be writing here too
        for stale in out_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)


class _Plan:
    """Splits the corpus into unchanged documents (touched), new or changed ones (batched) and failures."""

    def __init__(self, store: Store, fingerprint: str, report: RunReport, progress):
        self.store, self.fingerprint, self.report, self.progress = store, fingerprint, report, progress
        self.positions: dict[str, int] = {}
        self.hashes: dict[str, str] = {}
        self.touched: list[tuple[str, int]] = []

    def batches(self, items: Iterable[RawDocument | InputError], size: int) -> Iterator[list[RawDocument]]:
        batch: list[RawDocument] = []
        for position, item in enumerate(items):
            if isinstance(item, InputError):
                self.report.failures.append(str(item))
                continue
            digest = content_hash(item, self.fingerprint)
            if self.store.content_hash(item.id) == digest:
                self.touched.append((item.id, position))
                self.report.unchanged += 1
                if self.progress:
                    self.progress(0)
                continue
            self.positions[item.id], self.hashes[item.id] = position, digest
            batch.append(item)
            if len(batch) >= size:
                yield batch
                batch = []
        if batch:
            yield batch


def run_corpus(
    paths: Iterable[str | Path] | str | Path,
    out_dir: str | Path,
    *,
    nlp: Language | None = None,
    model: str | Path | None = None,
    rules_only: bool = False,
    max_bytes: int = 5_000_000,
    batch_size: int = 64,
    n_process: int = 1,
    backend: str = "local",
    scheduler: str | None = None,
    prune: bool = True,
    progress: Callable[[int], None] | None = None,
) -> RunReport:
    """Bring `out_dir` up to date with the statements under `paths`; bad inputs are reported, not fatal.

    nlp: a loaded pipeline (local backend); otherwise `model` (a pipeline directory, default the
        shipped one) or `rules_only` names what every worker loads.
    backend: 'local' (this process, or `n_process` forked processes) or 'dask' (`scheduler`
        address, or a local cluster of `n_process` workers).
    prune: remove documents of earlier runs that are no longer in the corpus.
    progress: called with each document's word count as it is stored (0 for unchanged ones).
    RAISES (StanceError): unusable output folder (E030), another run writing to it (E065), a full
        or failing disk (E066); everything already written stays intact.
    """
    out_dir = Path(out_dir)
    _prepare_out(out_dir)
    lock = FileLock(out_dir / LOCK_FILE, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise StanceError(Errors.E065.format(path=out_dir)) from None
    try:
        _remove_stale_temp_files(out_dir)
        return _run_locked(paths, out_dir, nlp=nlp, spec=PipelineSpec(None if model is None else str(model), rules_only),
                           max_bytes=max_bytes, batch_size=batch_size, n_process=n_process, backend=backend,
                           scheduler=scheduler, prune=prune, progress=progress)
    except (OSError, sqlite3.OperationalError) as error:
        raise StanceError(Errors.E066.format(path=out_dir, why=getattr(error, "strerror", None) or error)) from error
    finally:
        lock.release()


def _run_locked(paths, out_dir: Path, *, nlp, spec: PipelineSpec, max_bytes, batch_size, n_process, backend,
                scheduler, prune, progress) -> RunReport:
    report = RunReport()
    started = time.perf_counter()
    if nlp is not None and backend == "dask":
        raise StanceError(Errors.E068)
    nlp = nlp if nlp is not None else spec.load()
    with Store(out_dir / STORE_FILE) as store:
        run = int(store.get_info("runs") or 0) + 1
        store.set_info("runs", str(run))
        plan = _Plan(store, pipeline_fingerprint(nlp), report, progress)
        with make_backend(backend, nlp=nlp, spec=spec, n_process=n_process, scheduler=scheduler) as workers:
            for outcomes in workers.map(plan.batches(iter_corpus(paths, max_bytes=max_bytes), batch_size)):
                good = [o for o in outcomes if o.error is None]
                # popped, not read: what is held per document lasts only while its batch is in flight
                store.put(((o.line, o.rows, plan.positions.pop(o.doc_id), plan.hashes.pop(o.doc_id)) for o in good),
                          run)
                for o in outcomes:
                    if o.error is not None:
                        report.failures.append(o.error)
                        plan.positions.pop(o.doc_id, None)
                        plan.hashes.pop(o.doc_id, None)
                        continue
                    report.processed += 1
                    report.words += o.words
                    if progress:
                        progress(o.words)
                if len(plan.touched) >= 1000:
                    store.touch(plan.touched, run)
                    plan.touched.clear()
        store.touch(plan.touched, run)
        if prune:
            report.removed = store.prune(run)
        report.documents = store.count()
        with atomic_writer(out_dir / RECORDS_FILE) as handle:
            for line in store.iter_lines():
                handle.write(line + "\n")
    report.seconds = time.perf_counter() - started
    with atomic_writer(out_dir / REPORT_FILE) as handle:
        json.dump(dict(asdict(report), words_per_second=round(report.words_per_second)), handle, indent=2)
    return report
