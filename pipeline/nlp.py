"""Build or load the statement pipeline."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from . import extensions  # noqa: F401
from . import segmenter, sentencizer  # noqa: F401  (register the factories)

RULE_COMPONENTS = ("statement_segmenter", "statement_sentencizer")


def build_pipeline(configs_dir: str | Path | None = None) -> Language:
    """A blank English pipeline with the rule components, their rules read from `configs_dir`."""
    nlp = spacy.blank("en")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name).initialize(configs_dir=configs_dir)
    return nlp
