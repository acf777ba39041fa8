"""Turn raw documents into stored rows: the work a run hands to each process or Dask worker."""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import dataclass

import spacy
from spacy.language import Language

from .errors import Errors, error_summary
from .export import doc_to_record, record_line
from .extensions import doc_text
from .ingest import RawDocument
from .nlp import MODEL_COMPONENTS, build_pipeline, load_pipeline
from .store import record_rows


@dataclass(frozen=True)
class PipelineSpec:
    """How a worker gets its pipeline: the directory `model` (None: the default one), or the rules alone."""

    model: str | None = None
    rules_only: bool = False

    def load(self) -> Language:
        """Load the pipeline this spec names."""
        return build_pipeline() if self.rules_only else load_pipeline(self.model)


@dataclass(frozen=True)
class Outcome:
    """One document's result: its JSON line and table rows, or the one-line reason it failed."""

    doc_id: str
    words: int
    line: str | None = None
    rows: dict | None = None
    error: str | None = None


def pipeline_fingerprint(nlp: Language) -> str:
    """A hash of everything that decides a pipeline's output: its config, meta, rules and model files.

    A document is re-processed when this changes, so editing a rule file or retraining never leaves
    stale annotations in an output folder.
    """
    digest = hashlib.sha256()
    # the code that runs the rules and models counts too: an upgrade re-processes everything
    digest.update(json.dumps([_package_version(), spacy.__version__]).encode("utf-8"))
    digest.update(nlp.config.to_str().encode("utf-8"))
    digest.update(json.dumps([nlp.meta.get("name"), nlp.meta.get("version")]).encode("utf-8"))
    for name, pipe in nlp.pipeline:
        digest.update(name.encode("utf-8"))
        data = getattr(pipe, "data", None)  # rule components carry their rules here
        cfg = getattr(pipe, "cfg", None)
        digest.update(json.dumps([data, cfg], sort_keys=True, default=str).encode("utf-8"))
        model = getattr(pipe, "model_", None)
        if model is not None and not (cfg or {}).get("model_file", {}).get("sha256"):
            digest.update(pickle.dumps(model))  # a model trained in memory has no file checksum yet
    return digest.hexdigest()


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("e2ee-stance")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "source"


def content_hash(item: RawDocument, fingerprint: str) -> str:
    """The hash a stored document is compared by: its id, text and metadata, and the pipeline."""
    payload = json.dumps([item.id, item.text, item.meta, fingerprint], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def _model_meta(nlp: Language) -> dict:
    if not any(name in nlp.pipe_names for name in MODEL_COMPONENTS):
        return {}
    return {"model": nlp.meta.get("name"), "model_version": nlp.meta.get("version")}


def annotate(nlp: Language, items: list[RawDocument]) -> list[Outcome]:
    """Process a batch with `nlp.pipe`; if the batch fails, redo it one document at a time."""
    model = _model_meta(nlp)

    def make_doc(item: RawDocument):
        doc = nlp.make_doc(item.text)
        doc_text(doc, item.text)  # the components and the export read it without rebuilding it
        # metadata first: the segmenter reads the publisher, the models its body type
        doc._.doc_id = item.id
        doc._.meta = dict(item.meta, **model)
        return doc

    def outcome(item: RawDocument, doc) -> Outcome:
        record = doc_to_record(doc)
        return Outcome(item.id, len(item.text.split()), record_line(record).rstrip("\n"), record_rows(record))

    nlp.max_length = max(nlp.max_length, max((len(item.text) for item in items), default=0) + 1)
    try:
        return [outcome(item, doc) for item, doc in zip(items, nlp.pipe(make_doc(item) for item in items))]
    except Exception:  # noqa: BLE001 - one bad document must not cost the batch: find it
        pass
    outcomes = []
    for item in items:
        try:
            outcomes.append(outcome(item, nlp(make_doc(item))))
        except Exception as error:  # noqa: BLE001
            reason = Errors.E016.format(path=item.path, doc_id=item.id, why=error_summary(error))
            outcomes.append(Outcome(item.id, len(item.text.split()), error=reason))
    return outcomes


# Each worker process keeps its pipeline between batches: loading costs far more than a batch.
_WORKER_PIPELINES: dict[PipelineSpec, Language] = {}


def annotate_with(spec: PipelineSpec, items: list[RawDocument]) -> list[Outcome]:
    """`annotate` with the pipeline `spec` names, loaded once per process (Dask tasks call this)."""
    nlp = _WORKER_PIPELINES.get(spec)
    if nlp is None:
        nlp = _WORKER_PIPELINES[spec] = spec.load()
    return annotate(nlp, items)
