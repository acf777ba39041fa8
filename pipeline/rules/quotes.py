"""Find quoted stretches inside a block of text, for straight and typographic quotation marks."""

from __future__ import annotations

import re
from dataclasses import dataclass

# corner brackets (\u300c...\u300d, nested \u300e...\u300f) quote in East Asian typography, \u2039...\u203a in French and Swiss
OPENERS = "\u201c\u201e\u00ab\u2018\u300c\u300e\u2039"
# (German and Swiss German also quote the other way round: \u00bb...\u00ab, \u203a...\u2039)
CLOSERS = {"\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019",
           "\u300c": "\u300d", "\u300e": "\u300f", "\u2039": "\u203a", "\u00bb": "\u00ab", "\u203a": "\u2039"}
DOUBLE_MARKS = '"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d\u300e\u300f'
ALL_MARKS = DOUBLE_MARKS + "\u2018\u2019\u2039\u203a"
CLOSING_DOUBLE_MARKS = "\"\u201d\u00bb\u00ab"  # what ends a paragraph of quoted words
# Jump straight to the next character that could open or close a quotation, instead of
# stepping through every character in Python: most of a statement holds no quotation marks.
_MAY_OPEN = re.compile('[' + OPENERS + '"\u201d\'\u00bb\u203a]')
# British copy often quotes with straight single marks ('I thought it was safe,' she said): one closes
# a quotation after the sentence's punctuation, never inside a word
_SINGLE_CLOSE = re.compile(r"(?<=[,.!?;\u2026\u2014-])'(?![\w])")
_STRAIGHT_CLOSE = re.compile('["\u201d]')
_CLOSER_OF = {opener: re.compile("[" + closers + "]") for opener, closers in CLOSERS.items()}


@dataclass
class Quoted:
    """Inner offsets of a quotation (marks excluded); `end` is the block end when it never closes."""

    open_mark: int
    start: int
    end: int
    closed: bool


def opens_single(text: str) -> bool:
    """A block opening with a straight single quotation mark ('I thought ...), not an elision ('90s)."""
    return text[:1] == "'" and text[1:2].isalpha()


_AFTER_SENTENCE = re.compile(r"[.!?]\s+$")  # the end of a sentence right before a mark
_CLIPPED_WORD = re.compile(r"'(?:[Cc]ause|[Tt]il|[Tt]is|[Tt]was|[Ee]m|[Nn])\b")  # "'Cause", "'Til": an apostrophe
_TERM_CLOSE = re.compile(r"\w'(?=[\s,;:.!?)])")  # "'Dark Corners', ...": a term's closing mark, later in the paragraph

def _opens_straight(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before.isspace() or before in "([{\u2014\u2013-/:") and not after.isspace()


def _german_opener(text: str, i: int, lo: int, hi: int) -> bool:
    """A right-pointing mark that opens a quotation: its left-pointing close follows in the block, or it
    opens a whole paragraph of quoted words that closes later ("\u00bbWe support encryption. But ...",
    not "\u00bbRead the full statement", a link's arrow)."""
    if CLOSERS[text[i]] in text[i + 1 : hi]:
        return True
    paragraph = text[i + 1 : hi].rstrip()
    return i == lo and len(paragraph.split()) >= 6 and paragraph.endswith((".", "!", "?", "\u2026"))


def find_quotes(text: str, lo: int, hi: int) -> list[Quoted]:
    """Quotations in `text[lo:hi]` in order; nested marks are kept inside their outer quotation.

    A right double mark at the start of a block or after a space that precedes a letter opens a
    quotation too, since reposts often use it both ways.
    """
    found: list[Quoted] = []
    i = lo
    single_closes = True
    while i < hi:
        candidate = _MAY_OPEN.search(text, i, hi)
        if candidate is None:
            break
        i = candidate.start()
        ch = text[i]
        opener = None
        if ch in OPENERS and not (ch == "\u2018" and i > lo and text[i - 1].isalnum()):
            opener = ch
        elif ch == '"' and _opens_straight(text, i, lo, hi):
            opener = ch
        elif ch == "\u201d" and (i == lo or text[i - 1].isspace()) and i + 1 < hi and text[i + 1].isalnum():
            opener = ch
        elif ch in "\u00bb\u203a" and (i == lo or text[i - 1].isspace() or text[i - 1] in "([") and (
                i + 1 < hi and text[i + 1].isalnum()) and _german_opener(text, i, lo, hi):
            opener = ch  # "\u00bbWir sagen ja\u00ab": a German quotation opens with the right-pointing mark
        elif ch == "'" and _opens_straight(text, i, lo, hi) and i + 1 < hi and text[i + 1].isalpha():
            # once no closing single mark is left in the block, later ones cannot close either: linear
            close = _SINGLE_CLOSE.search(text, i + 2, hi) if single_closes else None
            single_closes = close is not None
            if close is not None:
                found.append(Quoted(i, i + 1, close.start(), True))
                i = close.start() + 1
            elif text[lo:hi].rstrip().endswith((".", "!", "?")) and (i == lo or found and found[-1].closed and (
                    _AFTER_SENTENCE.search(text, lo, i)) and not _TERM_CLOSE.search(text, i + 1, hi)
                    and not _CLIPPED_WORD.match(text, i)):
                # a paragraph of a quotation that closes in a later paragraph (not "'No rivals': a title"), also
                # after the quotation and attribution that open it ("'...,' said Jo Roe. 'Most forces ...")
                found.append(Quoted(i, i + 1, hi, False))
                break
            else:
                i += 1
            continue
        if opener is None:
            i += 1
            continue
        close = _find_close(text, i + 1, hi, opener)
        if close is None:
            found.append(Quoted(i, i + 1, hi, False))
            break
        found.append(Quoted(i, i + 1, close, True))
        i = close + 1
    return found


def _find_close(text: str, i: int, hi: int, opener: str) -> int | None:
    if opener in '"\u201d':
        return _find_straight_close(text, i, hi)
    closer = _CLOSER_OF[opener]
    while i < hi:
        found = closer.search(text, i, hi)
        if found is None:
            return None
        i = found.start()
        # A single right mark followed by a letter is an apostrophe ("Meta\u2019s"), not a close.
        if opener == "\u2018" and i + 1 < hi and text[i + 1].isalpha():
            i += 1
            continue
        return i
    return None


def _find_straight_close(text: str, i: int, hi: int) -> int | None:
    """The mark closing a straight (or right-double) quotation opened just before `i`.

    A straight mark glued to the next word opens a nested quotation that must close first. The
    nesting is counted, not recursed into: a hostile line of thousands of `"a"b` never runs out of stack.
    """
    depth = 0
    while i < hi:
        mark = _STRAIGHT_CLOSE.search(text, i, hi)
        if mark is None:
            return None
        i = mark.start()
        ch = text[i]
        if ch == '"' and i + 1 < hi and text[i + 1].isalnum():
            depth += 1
        elif ch in '"\u201d':
            if not depth:
                return i
            depth -= 1
        i += 1
    return None
