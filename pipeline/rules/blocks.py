"""Split a statement into blocks: paragraphs, headings, list items and lines of furniture.

A block never spans a blank line. Consecutive non-blank lines are separate blocks (lists,
furniture, signatory lines, header blocks) unless the line break is a hard wrap inside a
sentence: the first line ends without closing punctuation and the next starts in lower case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CLOSING = tuple('.!?:;"\u201d\u2019)]')


@dataclass
class Block:
    """A block's content offsets (`start`, `end`, whitespace and list markers excluded)."""

    start: int
    end: int
    blank_before: bool  # a blank line (or the start of the text) precedes it
    marker: str = ""  # the stripped list marker or heading hashes, if any

    def text(self, source: str) -> str:
        """The block's content in `source`."""
        return source[self.start : self.end]


# A run this long inside a line is layout (a table cell, a form field, hostile input), never part of a
# sentence: it ends the line there, so no pattern of the rules ever scans it (they would backtrack over it)
_LONG_GAP = re.compile(r"[^\S\n]{64,}")


def _lines(text: str):
    # str.split is one C call; a trailing empty line it adds is blank and so ends no block
    position = 0
    for line in text.split("\n"):
        if len(line) >= 64 and _LONG_GAP.search(line):
            cursor = 0
            for gap in _LONG_GAP.finditer(line):
                yield position + cursor, line[cursor : gap.start()]
                cursor = gap.end()
            yield position + cursor, line[cursor:]
        else:
            yield position, line
        position += len(line) + 1


def _is_wrap(previous: str, line: str) -> bool:
    previous, line = previous.rstrip(), line.lstrip()
    return (
        len(previous) >= 40
        and not previous.endswith(_CLOSING)
        and bool(line)
        and line[0].islower()
    )


def split_blocks(text: str, bullet: re.Pattern) -> list[Block]:
    """Blocks in reading order, with list markers and heading hashes moved out of the content."""
    blocks: list[Block] = []
    blank = True
    previous_line = ""
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped or stripped == ">":  # a Markdown blockquote's empty line is a blank line
            blank = True
            previous_line = ""
            continue
        lead = len(line) - len(line.lstrip())
        start, end = offset + lead, offset + len(line.rstrip())
        if blocks and not blank and _is_wrap(previous_line, line) and not bullet.match(stripped):
            blocks[-1].end = end
        else:
            marker = bullet.match(stripped)
            marker_text = marker.group() if marker else ""
            # A numbered line such as "2023 was a hard year" is not a list: markers need a space.
            if marker_text and start + len(marker_text) < end:
                blocks.append(Block(start + len(marker_text), end, blank, marker_text.strip()))
            else:
                blocks.append(Block(start, end, blank))
        blank = False
        previous_line = line
    return blocks
