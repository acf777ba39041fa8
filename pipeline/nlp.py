"""Build or load the statement pipeline."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from . import roles, segmenter, sentencizer, stance, tokenizer  # noqa: F401  (register the factories)
from .errors import Errors, StanceError
from .model_io import verify_manifest

RULE_COMPONENTS = ("statement_segmenter", "statement_sentencizer")
MODEL_COMPONENTS = ("e2ee_roles", "e2ee_stance")
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "e2ee-stance"
# spaCy peels prefix and suffix marks off a chunk of text one at a time, copying the rest each time:
# a chunk of 100,000 quotation marks, "=" or emoji takes minutes. A whitespace-free chunk holding a
# run of 64 marks (no letter, digit or space) is kept whole, as one token, instead.
SYMBOL_RUN = r"\S*?[^\w\s]{64}"


def guard_tokenizer(nlp: Language) -> Language:
    """Make `nlp`'s tokenizer linear on long runs of punctuation and symbols (see `SYMBOL_RUN`)."""
    current = nlp.tokenizer.token_match
    pattern = getattr(current, "__self__", None)
    if current is not None and pattern is None:
        return nlp  # a custom function, not a regex: leave it alone
    if pattern is None:
        nlp.tokenizer.token_match = re.compile(SYMBOL_RUN).match
    elif SYMBOL_RUN not in pattern.pattern:  # a pipeline saved with the guard already has it
        nlp.tokenizer.token_match = re.compile(f"(?:{pattern.pattern})|{SYMBOL_RUN}", pattern.flags).match
    return nlp


def build_pipeline(configs_dir: str | Path | None = None) -> Language:
    """A blank English pipeline with the rule components, their rules read from `configs_dir`."""
    nlp = guard_tokenizer(spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "statement_tokenizer.v1"}}}))
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name).initialize(configs_dir=configs_dir)
    return nlp


def load_pipeline(model: str | Path | None = None) -> Language:
    """The pipeline in directory `model`; without one, the shipped default model (or the rules alone).

    Only a directory the caller names (or the repository's own `models/e2ee-stance`) is loaded:
    a name is never looked up as an installed package, since model files run code when loaded.
    """
    if model is None:
        # the repository's own model, and only inside a source checkout (pyproject.toml beside it)
        shipped = (DEFAULT_MODEL / "config.cfg").exists() and (DEFAULT_MODEL.parents[1] / "pyproject.toml").exists()
        if not shipped:
            return build_pipeline()
        verify_manifest(DEFAULT_MODEL)
        return guard_tokenizer(spacy.load(DEFAULT_MODEL))
    path = Path(model)
    if not (path.is_dir() and (path / "config.cfg").exists()):
        raise StanceError(Errors.E056.format(path=path))
    verify_manifest(path)
    return guard_tokenizer(spacy.load(path))
