"""Where a run's batches are processed: in this process, in forked worker processes, or on Dask.

Every backend returns results in the order the batches were given, whatever order they finish in,
and keeps only a few batches in flight, so memory stays flat however large the corpus is.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator

from spacy.language import Language

from .errors import Errors, StanceError
from .ingest import RawDocument
from .process import Outcome, PipelineSpec, annotate, annotate_with

Batch = list[RawDocument]

# The pipeline forked workers inherit from the parent (set just before the pool starts them).
_FORKED_NLP: Language | None = None


def _annotate_forked(items: Batch) -> list[Outcome]:
    return annotate(_FORKED_NLP, items)


def _ordered(submit, batches: Iterable[Batch], window: int) -> Iterator[tuple[Batch, object]]:
    """Submit batches lazily, at most `window` at a time; yield (batch, future) in submission order."""
    pending: deque = deque()
    for batch in batches:
        pending.append((batch, submit(batch)))
        if len(pending) >= window:
            yield pending.popleft()
    while pending:
        yield pending.popleft()


def _results(submitted: Iterator[tuple[Batch, object]]) -> Iterator[list[Outcome]]:
    for batch, future in submitted:
        try:
            yield future.result()
        except Exception as error:  # noqa: BLE001 - a dead worker costs its batch, not the run
            why = f"{type(error).__name__}: {str(error)[:200]}"
            yield [Outcome(item.id, len(item.text.split()), error=Errors.E069.format(path=item.path, why=why))
                   for item in batch]


class LocalBackend:
    """This process (n_process=1) or `n_process` forked worker processes sharing the loaded pipeline."""

    def __init__(self, nlp: Language, n_process: int = 1):
        self.nlp = nlp
        self.n_process = max(1, n_process)
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "LocalBackend":
        if self.n_process > 1:
            global _FORKED_NLP
            _FORKED_NLP = self.nlp
            self.pool = ProcessPoolExecutor(self.n_process, mp_context=multiprocessing.get_context("fork"))
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        """Annotate each batch; results in batch order."""
        if self.pool is None:
            for batch in batches:
                yield annotate(self.nlp, batch)
            return
        yield from _results(_ordered(lambda b: self.pool.submit(_annotate_forked, b), batches, 2 * self.n_process))


class DaskBackend:
    """A Dask cluster: the scheduler at `address`, or a local cluster of `n_process` worker processes.

    Each worker loads the pipeline from `spec` once and keeps it; the pipeline directory must be
    readable at the same path on every worker.
    """

    def __init__(self, spec: PipelineSpec, n_process: int = 2, address: str | None = None):
        self.spec = spec
        self.n_process = max(1, n_process)
        self.address = address
        self.client = None
        self.cluster = None

    def __enter__(self) -> "DaskBackend":
        from dask.distributed import Client, LocalCluster

        if self.address:
            try:
                self.client = Client(self.address, timeout="10s")
            except (OSError, TimeoutError) as error:
                raise StanceError(Errors.E073.format(address=self.address, why=error)) from error
        else:
            self.cluster = LocalCluster(n_workers=self.n_process, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        return self

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map(self, batches: Iterable[Batch]) -> Iterator[list[Outcome]]:
        """Annotate each batch on the cluster; results in batch order."""
        workers = max(1, len(self.client.scheduler_info().get("workers", {})) or self.n_process)

        def submit(batch: Batch):
            # pure=False: two batches with equal content are still two tasks
            return self.client.submit(annotate_with, self.spec, batch, pure=False)

        yield from _results(_ordered(submit, batches, 2 * workers))


def make_backend(name: str, *, nlp: Language | None, spec: PipelineSpec | None, n_process: int,
                 scheduler: str | None = None):
    """The backend called `name` ('local' or 'dask')."""
    if name == "local":
        return LocalBackend(nlp if nlp is not None else spec.load(), n_process)  # type: ignore[union-attr]
    if name == "dask":
        if spec is None:
            raise StanceError(Errors.E068)
        return DaskBackend(spec, n_process, scheduler)
    raise StanceError(Errors.E067.format(backend=name))
