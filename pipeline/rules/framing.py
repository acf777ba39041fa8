"""How a text frames other actors: reported speech ("The Ministry insists ...") and scare quotes (so-called "safe haven")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quotes import find_quotes
from .summary_rules import SummaryRules

_STRAIGHT_SINGLE = re.compile(r"(?<![\w'])'(?P<inner>[^'\n]{1,80}?)'(?![\w'])")
_SENTENCE_END = ".!?\u2026"


@dataclass(frozen=True)
class Frame:
    """One framing device: `kind` "reported_speech" (with `actor` and `verb`) or "scare_quote" (`phrase`).

    start, end: offsets in the text of the actor (reported speech) or of the quoted phrase without
    its marks (scare quote), so `text[start:end]` is exactly the words shown.
    """

    kind: str
    start: int
    end: int
    actor: str = ""
    verb: str = ""
    phrase: str = ""


def reported_speech(text: str, rules: SummaryRules) -> list[Frame]:
    """Clauses that report what someone else says, claims, argues or insists, and "according to X".

    The actor is the words between the last clause break before the verb and the verb, at most
    `max_actor_words` of them; first-person and empty actors ("we say", "it said") are left out.
    """
    frames = []
    for match in rules.reporting.finditer(text):
        clause_start = 0
        for pause in rules.clause_break.finditer(text, 0, match.start()):
            clause_start = pause.end()
        actor = _actor(text, clause_start, match.start(), rules)
        if actor:
            frames.append(Frame("reported_speech", actor[0], actor[1], text[actor[0]:actor[1]],
                                " ".join(match.group("verb").lower().split())))
    for match in rules.according.finditer(text):
        actor = _actor(text, match.start("actor"), match.end("actor"), rules)
        if actor:
            frames.append(Frame("reported_speech", actor[0], actor[1], text[actor[0]:actor[1]], "according to"))
    return sorted(frames, key=lambda f: f.start)


def _actor(text: str, lo: int, hi: int, rules: SummaryRules) -> tuple[int, int] | None:
    words = [(lo + m.start(), lo + m.end()) for m in re.finditer(r"[^\s*]+", text[lo:hi])]
    while words and text[words[-1][0]:words[-1][1]].lower() in rules.actor_trailing:
        words.pop()  # "HarbourChat has said": the actor is HarbourChat
    if not words or len(words) > rules.max_actor_words:
        return None
    first = text[words[0][0]:words[0][1]].lower().strip("\u2019'")
    last = text[words[-1][0]:words[-1][1]].lower().strip("\u2019'")
    if first in rules.not_actors or last in rules.not_actors or not text[words[0][0]].isalpha():
        return None  # "we say", "it said", "Parents who believe", "whatever it has been told"
    if len(words) == 1 and first in {"he", "she", "they", "him", "her", "them"}:
        return None  # "she said" attributes a quote; it frames nobody
    return words[0][0], words[-1][1]


def scare_quotes(text: str, rules: SummaryRules) -> list[Frame]:
    """Short quoted phrases (1 to `scare_quote_max_words` words) inside running text.

    A quotation that ends a sentence ("Absolutely.") or that is most of the sentence is speech, not
    a scare quote: the phrase must not end in sentence punctuation and the sentence must have at
    least `scare_quote_min_outside_words` words outside it.
    """
    spans = [(q.start, q.end) for q in find_quotes(text, 0, len(text)) if q.closed]
    spans += [(m.start("inner"), m.end("inner")) for m in _STRAIGHT_SINGLE.finditer(text)]
    frames = []
    for start, end in sorted(set(spans)):
        phrase = text[start:end]
        words = phrase.split()
        if not words or len(words) > rules.scare_max_words or phrase.rstrip()[-1:] in _SENTENCE_END + ",":
            continue
        if not phrase[:1].isalnum() or phrase != phrase.strip():
            continue
        outside = len(text[:start].split()) + len(text[end:].split())
        if outside < rules.scare_min_outside:
            continue
        frames.append(Frame("scare_quote", start, end, phrase=phrase))
    return frames
