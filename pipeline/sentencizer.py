"""`statement_sentencizer`: sentences that never cross a segment or block boundary."""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401
from .extensions import doc_text
from .rule_component import RuleComponent
from .rules.blocks import split_blocks
from .rules.sentences import SentenceRules, split_sentences

_NO_BULLETS = re.compile(r"(?!)")  # without a segmenter, list markers stay in the text


@Language.factory("statement_sentencizer")
def make_statement_sentencizer(nlp: Language, name: str):
    """Rule-based sentence splitter; abbreviations come from `configs/sentences.json` at initialize."""
    return StatementSentencizer(nlp.vocab, name)


class StatementSentencizer(RuleComponent):
    """Splits each non-boilerplate segment (or each block, without a segmenter) into sentences.

    Sets `doc._.sentences` to `[{"start", "end"}]` and token sentence starts, so `doc.sents` works.
    """

    config_name = "sentences.json"

    def __init__(self, vocab, name: str = "statement_sentencizer"):
        super().__init__(vocab, name)
        self.rules: SentenceRules | None = None

    def compile(self, data: dict) -> None:
        self.rules = SentenceRules(data)

    def __call__(self, doc: Doc) -> Doc:
        self.check_initialized()
        text = doc_text(doc)
        if doc._.segments is not None:
            regions = [(s["start"], s["end"]) for s in doc._.segments if s["label"] != "boilerplate"]
            breaks = [s["start"] for s in doc._.segments]
        else:
            regions = [(b.start, b.end) for b in split_blocks(text, _NO_BULLETS)]
            breaks = [start for start, _ in regions]
        sentences = []
        for start, end in regions:
            sentences.extend(split_sentences(text, start, end, self.rules))
        doc._.sentences = [{"start": s, "end": e} for s, e in sentences]
        self._set_sent_starts(doc, [s for s, _ in sentences] + breaks)
        return doc

    @staticmethod
    def _set_sent_starts(doc: Doc, starts: list[int]) -> None:
        if not len(doc):
            return
        idx = doc.to_array("IDX").astype(numpy.int64)
        token_of = numpy.searchsorted(idx, numpy.asarray(starts, dtype=numpy.int64), side="right") - 1
        values = numpy.full(len(doc), -1, dtype=numpy.int64)
        values[numpy.clip(token_of, 0, len(doc) - 1)] = 1
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
