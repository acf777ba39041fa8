"""Shared pieces of the segmenter: the block state, label patterns and small text helpers."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

_TERMINAL = tuple(".!?")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019)]*\s+(?=[\"\u201c\u2018(\[]?[A-Z0-9])")
_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # capitals, accented ones included ("SJÖBERG", "TĀWHIRI")
# "Q12 THE CHAIR:": committee transcripts number the questions; the number is not the speaker
# "[00:12:31] Speaker:": webinar and podcast transcripts time each turn; the time is part of the label line
# "[CLIP] Commissioner Vargas:": a tag for archive audio before the speaker; "1842. SHRI ROY:" a question number
_QUESTION_NUMBER = r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?:\[[A-Z][A-Z ]{1,20}\]\s+)?(?:Q\d{1,4}\.?\s+|\d{1,5}\.\s+)?(?:\*\*|__)?"
# "**Clodagh:**", "**Tadhg**:": labels in Markdown bold
_LABEL_END = r"\s*(?:(?:\*\*|__)\s*)?:(?:\*\*|__)?(?:\s+|$)"
_LABEL = re.compile(
    # "[Jo Roe]:" in a podcast transcript: a name in ordinary case counts inside square brackets;
    # "The DEPUTY SPEAKER:", "An HON MEMBER:": Hansard puts the article in ordinary case
    rf"^{_QUESTION_NUMBER}\[?(?P<label>(?<=\[)(?:[A-Z][\w.'\u2019\-]*\s+){{0,4}}[A-Z][\w.'\u2019\-]*(?=\]\s*:)|(?:(?:The|An?)\s+)?(?:[{_UP}][{_UP}.'\u2019\-]*(?:\s+[{_UP}][{_UP}.'\u2019\-]*){{0,7}}"
    # "RHYS ROE, MINISTER FOR JUSTICE:": a name and a role, both in capitals
    rf"(?:,\s+[{_UP}][{_UP}.'\u2019\-]*(?:\s+[{_UP}][{_UP}.'\u2019\-]*){{0,9}})?)"
    # "The Chair (Mr. Jo Roe (Kingsmere Centre, Lib.)):": a seat and party nested inside the name
    r"|(?:(?:[A-Z][\w.'\u2019\-/]*\s+|(?:of|for|the|and|de|van|von)\s+){0,8}[A-Z][\w.'\u2019\-/]*\s*"
    r"\((?:[^()]|\([^()]{1,60}\)){1,100}\)(?:\s*\([^()]{1,40}\))?)"
    # "Q \u2014 u/latchkey_lemur:", "A \u2014 Idris:": an AMA's question and answer with who asks and who answers
    # (a handle, or a name that is no answer or heading word: not "A \u2014 No:", "Q \u2014 Why:", "A \u2014 Short Answer:")
    r"|(?:Q|A|Question|Answer)\s*[\u2014\u2013]\s*(?:(?:u/|@)[\w.\-]{2,30}|[\w.\-]*(?:_|\d(?=[\w.\-]*[a-z]))[\w.\-]*"
    r"|(?!(?:No|Not|Never|Yes|Why|How|What|When|Where|Who|Because|Note|Next|Simply|Short|Summary|Overview|Background|Update"
    r"|Answer|Question|Privacy|Scope|Context|Detail|Details|Example|Explained|Definition|Read|More|See|In|The|This)\b)"
    r"[A-Z][\w.\-]+(?:\s+(?!Answer\b|Explained\b|First\b)[A-Z][\w.\-]+)?)(?:\s+\([^()]{1,30}\))?"
    r"|Q|A|Question|Answer)\]?" + _LABEL_END
)
# "C/Supt Jo Roe:": a rank abbreviated with a slash
# ("Mr bin Salleh:", "Ms van der Berg:": after a courtesy title, a surname's particles in lower case; not
# "Polizia di Stato:" or "Rio de Janeiro:" opening a line of figures)
_NAME_LABEL = re.compile(rf"^{_QUESTION_NUMBER}(?P<label>(?:[A-Z][\w.'\u2019\-/]*\s+){{0,5}}[A-Z][\w.'\u2019\-]*"
                         # ("De la Cuesta:", "Van der Berg:": a surname whose first particle opens the line)
                         r"|(?:De|Van|Von|Da|Di|Du|Del|Della|Dos|Das|Bin|Ibn|Ter|Ten)\s+(?:(?:la|le|der|den|de|los|las|da|do)\s+)?[A-Z][\w'\u2019\-]+"
                         r"|(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Cllr|Sen|Rep|Hon)\.?\s+(?:[A-Z][\w.'\u2019\-]*\s+){0,2}"
                         r"(?:(?:bin|binti|bint|ibn|al|el|van|von|de|der|den|da|di|du|la|le|del|della|dos|das|ter|ten)[\s\-]+){1,3}"
                         rf"[A-Z][\w.'\u2019\-]*)(?:\s*\([^()]{{1,60}}\))*{_LABEL_END}")
# "She added:", "He told us:", "She wrote to us:" (not "He is charged with:")
_PRONOUN_LEAD = re.compile(r"^(?:(?:he|she|they|we|i|it)\s+\w+(?:\s+\w+)?|(?:he|she|they|i)\s+(?:wrote|said|spoke|talked|"
                           r"explained|described it|sent this|messaged|texted|e-?mailed)\s+to\s+(?:us|me|them|him|her))\s*:$",
                           re.IGNORECASE)


@dataclass
class Piece:
    """A labelled stretch of one block, before overlaps are trimmed and speakers numbered."""

    start: int
    end: int
    label: str
    speaker: int | None = None


_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Mm]y|I)\b")
# a list marker that numbers: "2.", "(3)", "iv)", "3.2"; a heading keeps it ("Q." and "A." mark turns)
_NUMBERED = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|\d{1,3}\)|[ivxIVX]{1,4}[.)])")


@dataclass
class _State:
    """What the previous blocks tell about the next one."""

    pending: int | None = None  # speaker whose words follow ("X said:", a speech header)
    mode: str = ""  # "colon": unmarked paragraphs are quotes; "speech": everything is; "turn": transcript
    run: int | None = None  # speaker of a quotation still open at the end of the last block
    last_quote: int | None = None  # speaker of the previous block when it was a quote
    unattributed: list[Piece] = field(default_factory=list)  # quotes waiting for a later attribution
    letter: bool = False  # the speaker's words began "Team," or "Dear colleagues,": a letter quoted in full


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> int:
    # cached: the passes count the words of the same block text many times (a str keeps its hash)
    return len(text.split())


def _is_heading_like(text: str) -> bool:
    # the word count last: most paragraphs end in a full stop and need no splitting
    return not text.endswith(":") and not text.rstrip("\"\u201d\u2019)").endswith(_TERMINAL) and _words(text) <= 14


def _trim(text: str, start: int, end: int, strip: str = "") -> tuple[int, int]:
    """Shrink [start, end) past whitespace (any `str.isspace` character, and zero-width spaces)
    and the characters in `strip`, so no segment starts or ends on whitespace of any kind."""
    chars = "\u200b" + strip
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars):
        end -= 1
    return start, end


# "On 12 May", "In March", "Last week," before the subject of an attribution
_WHEN_OPENER = re.compile(r"^(?:(?:On|In|By|Since)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,4})?"
                          r"|(?:Last|Earlier|This)\s+(?:week|month|year|morning|afternoon|evening)|Yesterday|Today),?\s+(?=\S)")
