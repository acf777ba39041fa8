"""Base class of the components that wrap a scikit-learn model over the sentences of a statement."""

from __future__ import annotations

import hashlib
import hmac
from abc import abstractmethod
import io
import json
import secrets
from pathlib import Path

import joblib
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

    def finish_doc(self, doc: Doc) -> None:
        """Document-level work after the sentences are annotated (roll-ups)."""

    def check_trained(self) -> None:
        """Raise E054 for a component that was never fitted."""
        if self.model_ is None:
            raise StanceError(Errors.E054.format(name=self.name))

    def predict(self, docs: list[Doc]):
        """Scores for every sentence of every doc, computed in one batch."""
        self.check_trained()
        per_doc = [examples_from_document(doc_fields(doc)) for doc in docs]
        flat = [example for examples in per_doc for example in examples]
        scores = self.predict_examples(flat)
        result, offset = [], 0
        for examples in per_doc:
            result.append(scores[offset : offset + len(examples)])
            offset += len(examples)
        return result

    def set_annotations(self, docs: list[Doc], scores) -> None:
        """Write `predict`'s scores into each doc's sentences, then do the document-level work."""
        for doc, doc_scores in zip(docs, scores):
            sentences = sorted(doc._.sentences or [], key=lambda s: s["start"])
            self.annotate(sentences, doc_scores)
            doc._.sentences = sentences
            self.finish_doc(doc)

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
        srsly.write_json(path / CFG_FILE, self.cfg)

    def from_disk(self, path, *, exclude=tuple()):
        """Read the config, then the model file once its checksum and library versions check out."""
        path = Path(path)
        self.cfg = srsly.read_json(path / CFG_FILE)
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
