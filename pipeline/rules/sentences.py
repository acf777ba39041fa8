"""Sentence boundaries inside one segment: terminal punctuation, closing marks, abbreviations, numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_WORD_BEFORE = re.compile(r"([\w.'\u2019\-]+)$")


@dataclass
class SentenceRules:
    """Compiled from `configs/sentences.json`."""

    data: dict

    def __post_init__(self):
        d = self.data
        terminal = re.escape(d["terminal_punctuation"])
        closing = re.escape(d["closing_punctuation"])
        openers = re.escape(d["sentence_openers"])
        # a boundary: terminal punctuation, optional closing marks, whitespace, then a sentence opener
        self.boundary = re.compile(rf"[{terminal}]+[{closing}]*(?=\s+[{openers}]?[A-Z0-9\u00c0-\u00de])")
        self.abbreviations = frozenset(d["abbreviations"])
        # "Dr. iur.", "lic. phil.": the lower-case parts of a degree and the titles they follow
        self.degree_titles = frozenset(d.get("degree_titles", ()))
        self.degree_parts = frozenset(d.get("degree_parts", ()))
        self.word_before = _WORD_BEFORE


def _is_abbreviation(text: str, dot: int, rules: SentenceRules) -> bool:
    if text[dot] != ".":
        return False
    match = rules.word_before.search(text, max(0, dot - 40), dot)
    if not match:
        return False
    word = match.group(1)
    # "U.S.", "e.g.", an initial in "J. Smith"
    return word in rules.abbreviations or len(word) == 1 and word.isupper() or bool(
        _INITIALS.fullmatch(word)
    ) or degree_part(text, match.start(), word, rules.degree_parts, rules.degree_titles.__contains__)


def degree_part(text: str, start: int, word: str, parts: frozenset[str], is_title) -> bool:
    """"iur" in "Dr. iur. Jo Roe", "nat" in "Dr. rer. nat.": `word`, starting at `start`, is one of a degree's
    lower-case `parts` after a title (`is_title(word)`) or another part, so its full stop ends no sentence."""
    if word not in parts or text[start - 2: start] != ". ":
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 40), start - 2)
    return bool(before) and (is_title(before.group(1)) or degree_part(text, before.start(1), before.group(1), parts, is_title))


def split_sentences(text: str, start: int, end: int, rules: SentenceRules) -> list[tuple[int, int]]:
    """Sentence spans inside `text[start:end]`, whitespace-trimmed; never crossing `start`/`end`."""
    spans = []
    cursor = start
    for match in rules.boundary.finditer(text, start, end):
        if _is_abbreviation(text, match.start(), rules):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    result = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            result.append((s, e))
    return result
