"""Rule data of summaries and comparisons (`configs/summary.json`), compiled once: asks, figures, framing."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Errors, StanceError
from .config import DEFAULT_CONFIGS

SUMMARY_CONFIG = "summary.json"
WORD = r"[^\W_][\w\u2019'&.\-]*"


def _words(words) -> str:
    """An alternation of literal phrases, longest first, spaces matching any whitespace."""
    escaped = (re.escape(w).replace("\\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    return "|".join(escaped)


@dataclass
class SummaryRules:
    """Compiled patterns; `data` is the JSON they were built from."""

    data: dict

    def __post_init__(self):
        asks, figures, framing = self.data["asks"], self.data["figures"], self.data["framing"]
        flags = re.IGNORECASE
        max_words = int(asks["max_words"])
        # The addressee: one to `max_words` words (commas and "and" allowed), ended by " to" or ":".
        phrase = rf"(?P<who>{WORD}(?:,?\s+{WORD}){{0,{max_words - 1}}}?)"
        clause_end = rf"(?=\s+(?:{_words(asks['clause_verbs'])})\b|\s*[:;,.]|\s*$)"
        # The verbs are found in the lower-cased text without IGNORECASE (several times faster);
        # the `_i` twins serve the rare text whose lower-casing changes its length.
        verbs, thats = "|".join(asks["verb_patterns"]), "|".join(asks["that_patterns"])
        self.ask_verb = re.compile(rf"\b(?:{verbs})\s+")
        self.ask_verb_i = re.compile(rf"\b(?:{verbs})\s+", flags)
        self.ask_that = re.compile(rf"\b(?:{thats})\s+that\s+")
        self.ask_that_i = re.compile(rf"\b(?:{thats})\s+that\s+", flags)
        self.ask_to = re.compile(rf"{phrase}(?=\s+to\b|\s*:)", flags)
        self.ask_clause = re.compile(rf"{phrase}{clause_end}", flags)
        self.ask_modal = re.compile(
            rf"^\W*(?P<who>{WORD}(?:\s+{WORD}){{0,4}}?)\s+(?:{'|'.join(asks['modal_patterns'])})\b")
        self.ask_split = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+", flags)
        self.not_first = frozenset(w.lower() for w in asks["not_first"])
        self.determiners = frozenset(w.lower() for w in asks["determiners"])
        self.pronouns = frozenset(w.lower() for w in asks["pronouns"])
        self.negatives = frozenset(w.lower() for w in asks["negatives"])
        self.actor_nouns = frozenset(w.lower() for w in asks["actor_nouns"])
        self.canonical = {key.lower(): value for key, value in asks["canonical"].items()}

        self.scales = {key.lower(): float(value) for key, value in figures["scales"].items()}
        self.currencies = dict(figures["currencies"])
        self.word_numbers = {key.lower(): int(value) for key, value in figures["word_numbers"].items()}
        self.denominators = {key.lower(): int(value) for key, value in figures["ratio_denominators"].items()}
        self.qualifiers = tuple(sorted({" ".join(q.lower().split()) for q in figures["qualifiers"]}, key=len,
                                       reverse=True))
        self.unit_stopwords = frozenset(w.lower() for w in figures["unit_stopwords"])
        self.months = frozenset(w.lower() for w in figures["months"])
        # words after which a number is a reference or a date, not a figure
        self.not_after = frozenset(w.lower().rstrip(".") for w in figures["not_after"]) | self.months
        percent = _words(figures["percent_words"])
        scale = _words(self.scales)
        currency = "|".join(re.escape(c) for c in self.currencies)
        number = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
        self.figure = re.compile(
            rf"(?<![\w.,])(?P<cur>{currency})?\s?(?P<num>{number})(?![\w,]*\d)"
            rf"(?:\s?(?P<pct>{percent})(?!\w)|\s?(?P<scale>{scale})\b)?", flags)
        tens = _words(self.word_numbers)
        denominators = _words(self.denominators)
        self.word_figure = re.compile(
            rf"\b(?P<num>(?:{tens})(?:[\s-](?:{tens}))?(?:\s+hundred)?)"
            rf"(?:\s+(?P<pct>{percent})(?!\w)|\s+in\s+(?P<den>{denominators})\b|\s+(?P<scale>thousand|million|billion)\b)",
            flags)
        # words that must occur for a word number to be a figure (a cheap test before the regex)
        self.word_figure_cues = tuple(
            [w.lower().split()[-1] for w in figures["percent_words"] if any(c.isalpha() for c in w)]
            + [f" in {d}" for d in self.denominators] + ["thousand", "million", "billion"])
        self.unit_word = re.compile(r"\s+(?P<w>[a-z][a-z\-]*)\b")

        self.framing_segments = tuple(framing["segments"])
        self.reporting = re.compile(rf"\b(?P<verb>{_words(framing['reporting_verbs'])})\b", flags)
        self.according = re.compile(
            rf"\b(?:{_words(framing['according_to'])})\s+(?P<actor>[^,;:.()]+?)(?=\s*[,;:.()]|\s*$)", flags)
        breaks = "|".join(re.escape(b) for b in framing["clause_breaks"])
        self.clause_break = re.compile(rf"(?:{breaks})|\b(?:{_words(framing['clause_words'])})\b", flags)
        self.not_actors = frozenset(w.lower() for w in framing["not_actors"])
        self.actor_trailing = frozenset(w.lower() for w in framing["actor_trailing"])
        self.max_actor_words = int(framing["max_actor_words"])
        self.scare_max_words = int(framing["scare_quote_max_words"])
        self.scare_min_outside = int(framing["scare_quote_min_outside_words"])

    @property
    def compare(self) -> dict:
        return self.data["compare"]

    @property
    def summary(self) -> dict:
        return self.data["summary"]


def load_summary_rules(path: str | Path | None = None) -> SummaryRules:
    """Read and compile `configs/summary.json` (or the JSON file at `path`)."""
    path = Path(path) if path else DEFAULT_CONFIGS / SUMMARY_CONFIG
    if not path.is_file():
        raise StanceError(Errors.E020.format(path=path))
    try:
        return SummaryRules(json.loads(path.read_text(encoding="utf-8")))
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, re.error) as error:
        raise StanceError(Errors.E021.format(path=path, why=error)) from error
