"""Who a policy ask is addressed to: "we urge Meta to ...", "calls on the Government to ...", "Parliament must ..."."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .summary_rules import SummaryRules

_EDGE_PUNCTUATION = "\"'\u201c\u201d\u2018\u2019()[]*_.,;:!?"


@dataclass(frozen=True)
class Addressee:
    """A normalised addressee (`name`) and the offsets of its mention in the text, as written."""

    name: str
    start: int
    end: int


def ask_addressees(text: str, rules: SummaryRules) -> list[str]:
    """The addressees of the asks in `text`, normalised ("the government" -> "government"), first mention first."""
    return [addressee.name for addressee in find_addressees(text, rules)]


def find_addressees(text: str, rules: SummaryRules) -> list[Addressee]:
    """Addressees with their offsets in `text`, one per distinct name, in order of first mention.

    Three kinds of pattern (data in configs/summary.json): an ask verb before the addressee ("urge X
    to", "asking X to:"); a that-clause ("recommends that X:"); a modal after a sentence-initial
    addressee ("X must"). The last two also catch statements that are not asks, so their subject must
    look like an actor: a name, a known generic actor or a phrase ending in an actor noun.
    """
    lower = text.lower()
    plain = len(lower) == len(text)
    matches = []
    for cue in (rules.ask_verb if plain else rules.ask_verb_i).finditer(lower if plain else text):
        matches.append((rules.ask_to.match(text, cue.end()), False, False))
    for cue in (rules.ask_that if plain else rules.ask_that_i).finditer(lower if plain else text):
        matches.append((rules.ask_clause.match(text, cue.end()), True, False))
    matches.append((rules.ask_modal.match(text), True, True))
    found: dict[str, Addressee] = {}
    for match, needs_actor, sentence_start in matches:
        if match is None:
            continue
        for addressee in _split(text, match.start("who"), match.end("who"), rules, needs_actor=needs_actor,
                                sentence_start=sentence_start):
            found.setdefault(addressee.name, addressee)
    return sorted(found.values(), key=lambda a: a.start)


def _split(text: str, start: int, end: int, rules: SummaryRules, *, needs_actor: bool,
           sentence_start: bool) -> list[Addressee]:
    # "the Government and the Communications Authority" -> two addressees
    parts, cursor = [], start
    for separator in rules.ask_split.finditer(text, start, end):
        parts.append((cursor, separator.start()))
        cursor = separator.end()
    parts.append((cursor, end))
    result = []
    for index, (lo, hi) in enumerate(parts):
        addressee = _normalise(text, lo, hi, rules, needs_actor=needs_actor,
                               sentence_start=sentence_start and index == 0)
        if addressee is None:
            if index == 0:
                return []  # "that the same ingenuity and ..." is not a list of addressees
            continue
        result.append(addressee)
    return result


def _normalise(text: str, lo: int, hi: int, rules: SummaryRules, *, needs_actor: bool,
               sentence_start: bool) -> Addressee | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[lo:hi])]
    words = [(lo + s, lo + e) for s, e in words]
    if not words or text[words[0][0]:words[0][1]].strip(_EDGE_PUNCTUATION).lower() in rules.not_first:
        return None
    while words and text[words[0][0]:words[0][1]].strip(_EDGE_PUNCTUATION).lower() in rules.determiners:
        words.pop(0)
    if not words:
        return None
    first = text[words[0][0]:words[0][1]].strip(_EDGE_PUNCTUATION).lower()
    if first in rules.negatives:
        return None
    start, end = words[0][0], words[-1][1]
    while start < end and text[start] in _EDGE_PUNCTUATION:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCTUATION:
        end -= 1
    mention = " ".join(text[start:end].split())
    if mention.endswith(("\u2019s", "'s")):
        return None  # "the company's plan" is not the addressee of "to"
    lower = mention.lower()
    if not mention or lower in rules.pronouns or any(w in rules.pronouns for w in lower.split()[:1]):
        return None
    if needs_actor and not _looks_like_actor(mention, rules, sentence_start=sentence_start):
        return None
    return Addressee(rules.canonical.get(lower, mention), start, end)


def _looks_like_actor(mention: str, rules: SummaryRules, *, sentence_start: bool) -> bool:
    lower = mention.lower()
    if lower in rules.canonical or lower.split()[-1] in rules.actor_nouns:
        return True
    words = mention.split()
    if not all(w[:1].isupper() for w in words):
        return False
    if sentence_start and len(words) == 1:
        # A capital at the start of a sentence says nothing; "HarbourChat" or "EU" still does.
        word = words[0]
        return word.isupper() or any(c.isupper() for c in word[1:])
    return True
