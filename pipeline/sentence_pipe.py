"""Base class of the components that wrap a scikit-learn model over the sentences of a statement."""

from __future__ import annotations

import hashlib
import hmac
from abc import abstractmethod
import io
import json
import secrets
import threading
from pathlib import Path

import joblib
import numpy
import srsly
from spacy.pipeline import Pipe
from spacy.tokens import Doc
from spacy.util import minibatch

from . import extensions  # noqa: F401
from .extensions import doc_text
from .errors import Errors, StanceError
from .examples import SentenceExample, examples_from_document
from .model_io import load_model, save_model
from .rules.config import DEFAULT_CONFIGS

CFG_FILE = "cfg.json"
# the feature layout a saved model's weights refer to: bumped when featurisation changes, so an
# older model is refused on loading (E180) rather than scored with features it was not fitted on
FEATURES_VERSION = 2
_last_batch = threading.local()


def doc_fields(doc: Doc) -> dict:
    """The ANNOTATION.md fields a model reads from a processed doc."""
    return {
        "id": doc._.doc_id,
        "text": doc_text(doc),
        "meta": doc._.meta or {},
        "speakers": doc._.speakers or [],
        "segments": doc._.segments or [],
        "sentences": doc._.sentences or [],
    }


def _parts(doc: Doc) -> tuple:
    """The objects a doc's examples are made from besides its text (which a doc cannot change)."""
    underscore = doc._  # each `doc._` builds an accessor object: take it once
    return doc, underscore.sentences, underscore.segments, underscore.speakers, underscore.meta, underscore.doc_id


def _same(parts: tuple, sizes: tuple, other: tuple) -> bool:
    return all(a is b for a, b in zip(parts, other)) and sizes == _sizes(other)


def _sizes(parts: tuple) -> tuple:
    return tuple(len(value) if isinstance(value, list) else None for value in parts[1:4])


def batch_examples(docs: list[Doc]) -> tuple[list[list[SentenceExample]], list[SentenceExample]]:
    """The examples of every doc's sentences, per doc and in one list.

    Memoised for the last batch: when the same docs come again with the same sentence, segment and
    speaker lists (the same objects, of the same lengths, kept alive by the memo), the second model
    component of a pipeline gets the very same list, whose features the shared featurizer has
    memoised too, and `doc.text` is built once per batch. Edit these lists by replacing them.
    """
    parts = [_parts(doc) for doc in docs]
    last = getattr(_last_batch, "value", None)
    if (last is not None and len(last[0]) == len(parts)
            and all(_same(a, sizes, b) for a, sizes, b in zip(last[0], last[1], parts))):
        return last[2], last[3]
    per_doc = [examples_from_document(doc_fields(doc)) for doc in docs]
    flat = [example for examples in per_doc for example in examples]
    _last_batch.value = (parts, [_sizes(p) for p in parts], per_doc, flat)
    return per_doc, flat


class SentenceModelPipe(Pipe):
    """Featurise every sentence in `doc._.sentences`, score a batch at once, write the scores back.

    Subclasses set `kind`, implement `fit(examples)`, `predict_examples(examples)` and
    `annotate(sentences, scores)`. The fitted estimator lives in `self.model_`; `self.cfg` is the
    JSON config (labels, hyper-parameters, lexicons, thresholds, checksum and library versions).
    """

    kind = ""

    def __init__(self, vocab, name: str, **cfg):
        self.vocab = vocab
        self.name = name
        self.cfg = {"labels": [], **cfg}
        self.model_ = None

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    def initialize(self, get_examples=None, *, nlp=None, examples: list[SentenceExample] | None = None,
                   lexicons: dict | None = None, configs_dir: str | Path | None = None):
        """Load the cue lexicons (from `configs_dir`, the repository's `configs/` by default) and fit on
        `examples` when given; spaCy's own `get_examples` is not used (the models learn from sentences)."""
        if lexicons is None:
            path = Path(configs_dir or DEFAULT_CONFIGS) / "lexicons.json"
            if not path.exists():
                raise StanceError(Errors.E020.format(path=path))
            lexicons = json.loads(path.read_text(encoding="utf-8"))
        self.cfg["lexicons"] = lexicons
        if examples:
            self.fit(examples)

    @abstractmethod
    def fit(self, examples: list[SentenceExample]):
        """Fit the estimator on labelled examples; returns self."""

    @abstractmethod
    def predict_examples(self, examples: list[SentenceExample]):
        """One row of scores per example."""

    @abstractmethod
    def annotate(self, sentences: list[dict], scores) -> None:
        """Write labels and scores into the sentence dicts."""

    def finish_docs(self, docs: list[Doc], examples: list[list[SentenceExample]]) -> None:
        """Document-level work after the sentences are annotated (roll-ups); `examples` per doc."""

    def check_trained(self) -> None:
        """Raise E054 for a component that was never fitted."""
        if self.model_ is None:
            raise StanceError(Errors.E054.format(name=self.name))

    def predict(self, docs: list[Doc]):
        """Scores for every sentence of every doc (one array per doc), computed in one batch."""
        self.check_trained()
        per_doc, flat = batch_examples(docs)
        scores = self.predict_examples(flat)
        bounds = numpy.cumsum([len(examples) for examples in per_doc])[:-1]
        return numpy.split(numpy.asarray(scores), bounds) if per_doc else []

    def set_annotations(self, docs: list[Doc], scores) -> None:
        """Write `predict`'s scores into each doc's sentences, then do the document-level work."""
        for doc, doc_scores in zip(docs, scores):
            underscore = doc._
            if underscore.sentences is None:
                underscore.sentences = []
            sentences = underscore.sentences
            sentences.sort(key=lambda s: s["start"])  # in place: the batch memo stays valid
            self.annotate(sentences, doc_scores)
        self.finish_docs(docs, batch_examples(docs)[0])

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one doc."""
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, stream, *, batch_size: int = 128):
        """Annotate a stream of docs, featurising and scoring each batch at once."""
        for batch in minibatch(stream, size=batch_size):
            self.set_annotations(batch, self.predict(batch))
            yield from batch

    # --- serialization: JSON config + model.joblib, checksum verified on load ---------------------
    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Write `cfg.json` and `model.joblib` (its SHA-256 and library versions go into the config)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if self.model_ is not None:
            self.cfg["model_file"] = save_model(self.model_, path)
            self.cfg["features_version"] = FEATURES_VERSION
        srsly.write_json(path / CFG_FILE, self.cfg)

    def from_disk(self, path, *, exclude=tuple()):
        """Read the config, then the model file once its checksum and library versions check out."""
        path = Path(path)
        self.cfg = srsly.read_json(path / CFG_FILE)
        if "model_file" in self.cfg and self.cfg.get("features_version") != FEATURES_VERSION:
            raise StanceError(Errors.E180.format(path=path, found=self.cfg.get("features_version", 1),
                                                 needed=FEATURES_VERSION))
        self.model_ = load_model(path, self.cfg["model_file"]) if "model_file" in self.cfg else None
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        """The config and model, signed with this process's key (see `from_bytes`)."""
        buffer = io.BytesIO()
        joblib.dump(self.model_, buffer)
        model = buffer.getvalue()
        return srsly.msgpack_dumps({"cfg": self.cfg, "model": model, "mac": _sign(model)})

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        """Only bytes from `to_bytes` in this process (or a fork of it): unpickling other bytes runs
        their code, so anything else is refused; load models from disk with their checksum instead."""
        message = srsly.msgpack_loads(data)
        if not hmac.compare_digest(message.get("mac", b""), _sign(message["model"])):
            raise StanceError(Errors.E057.format(name=self.name))
        self.cfg = message["cfg"]
        self.model_ = joblib.load(io.BytesIO(message["model"]))
        return self


_PROCESS_KEY = secrets.token_bytes(32)


def _sign(payload: bytes) -> bytes:
    return hmac.new(_PROCESS_KEY, payload, hashlib.sha256).digest()
