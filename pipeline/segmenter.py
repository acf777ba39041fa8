"""`statement_segmenter`: headline, lead, quote, body, note and boilerplate segments with speakers."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions  # noqa: F401  (declares Doc._.segments and friends)
from .extensions import doc_text
from .rule_component import RuleComponent
from .rules.config import SegmenterRules
from .rules.segment import segment_statement


@Language.factory("statement_segmenter", default_config={"spans_key": "segments"})
def make_statement_segmenter(nlp: Language, name: str, spans_key: str):
    """Rule-based statement segmenter; its rules come from `configs/segmenter.json` at initialize."""
    return StatementSegmenter(nlp.vocab, name, spans_key=spans_key)


class StatementSegmenter(RuleComponent):
    """Labels every block of a statement and attributes quotes to speakers.

    Sets `doc._.segments` (character offsets, exact), `doc._.speakers`, and the token-aligned
    `doc.spans[spans_key]`.
    """

    config_name = "segmenter.json"

    def __init__(self, vocab, name: str = "statement_segmenter", *, spans_key: str = "segments"):
        super().__init__(vocab, name)
        self.spans_key = spans_key
        self.rules: SegmenterRules | None = None

    def compile(self, data: dict) -> None:
        self.rules = SegmenterRules(data)

    def __call__(self, doc: Doc) -> Doc:
        self.check_initialized()
        segments, speakers = segment_statement(doc_text(doc), self.rules, (doc._.meta or {}).get("body"))
        doc._.segments = segments
        doc._.speakers = speakers
        spans = []
        for segment in segments:
            span = doc.char_span(segment["start"], segment["end"], label=segment["label"], alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc
