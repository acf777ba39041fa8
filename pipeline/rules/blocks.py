"""Split a statement into blocks: paragraphs, headings, list items and lines of furniture.

A block never spans a blank line. Consecutive non-blank lines are separate blocks (lists,
furniture, signatory lines, header blocks) unless the line break is a hard wrap: inside a
sentence (the first line ends without closing punctuation and the next starts in lower case), or
in a text wrapped at a fixed width, after a line that runs to that width.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SEPARATORS = re.compile(r"\s[\u00b7|\u2022]\s")
_HANDLE = re.compile(r"[a-z][a-z\-]*(?:_\w*|\d+)")


def _starts_with_handle(line: str) -> bool:
    first = line.split(None, 1)[0].rstrip(":,")
    return bool(_HANDLE.fullmatch(first)) and ("_" in first or line.rstrip().endswith(":") and len(line.split()) <= 4)
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
        # a user name ("nimbus_42 said:", "quill88 wrote:") starts a line of its own; "s.122 of the Act" and
        # "x25519 key agreement" go on with their sentence
        and not _starts_with_handle(line)
    )


# a line of subtitles or a log that opens with its time code ("00:05  Hello.", "[00:01:02] ...") starts a block
_TIME_CODE_LINE = re.compile(r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]|\d{1,2}:\d{2}(?::\d{2})?(?:\s{2,}|\s+\[))")


def _wrap_width(text: str) -> int | None:
    """The column at which a hard-wrapped text (e-mail, wire copy pasted as plain text) breaks its lines.

    None unless most lines end near one width of 55-100 characters, as wrapped paragraphs do;
    a text whose paragraphs are single lines has lines of every length.
    """
    lines = [len(line.rstrip()) for line in text.split("\n", 400)[:400]]
    lengths = sorted(n for n in lines if n)
    if len(lengths) < 8:
        return None
    width = lengths[int(0.8 * (len(lengths) - 1))]
    near = sum(1 for n in lengths if width - 20 <= n <= width + 15)
    # and paragraphs of several such lines: a line near the width with another line under it
    runs = sum(1 for n, after in zip(lines, lines[1:]) if width - 20 <= n <= width + 15 and after)
    return width if 55 <= width <= 100 and near >= 0.5 * len(lengths) and runs >= max(5, 0.3 * len(lengths)) else None


def _is_full_line(previous: str, width: int | None) -> bool:
    """In a hard-wrapped text, a line that runs to the wrap column in the middle of a sentence goes on
    in the next line (a letterhead "Acme Ltd · 1 High St" or a footer line "Registered office: ..." does not)."""
    previous = previous.rstrip()
    return (width is not None and len(previous) >= width - 25 and not previous.endswith((".", "!", "?", ":"))
            and not _SEPARATORS.search(previous))


# Markdown emphasis: "**Notes to editors**", "*"Sources tell us ..."*", "__Jo Roe__". A marker opens
# before a non-space character and closes after one, on the same line, and is not inside a word, a path
# or a handle ("parent_of_3", a footnote "figure*", a bullet "* item", "2 * 3", "/__static__/" and
# "@_jroe_" are left alone; "__init__" is blanked like any strong text, harmlessly). The span stops at
# the next marker and is at most 300 characters long: on a line of 100,000 unclosed "**" each try ends
# there, not at the end of the line.
_STRONG = re.compile(r"(?<![\w*/@])(\*\*|__)(?=[^\s*_])(?:(?:(?!\1)[^\n]){0,300}?[^\s*_])?\1(?![\w*/])")
_EMPHASIS = re.compile(r"(?<![\w*/@])([*_])(?=[^\s*_])(?:[^*_\n]{0,300}?[^\s*_])?\1(?![\w*/])")


def mask_emphasis(text: str) -> str:
    """`text` with Markdown emphasis markers blanked out (same length, so offsets still hold): the
    rules then read "**Jane Roe**, Director, said:" as they read "Jane Roe, Director, said:", and the
    markers, now spaces, fall outside the segments like list markers."""
    if "*" not in text and "__" not in text and "_" not in text:
        return text
    chars = None
    for pattern in (_STRONG, _EMPHASIS):
        for match in pattern.finditer(text if chars is None else "".join(chars)):
            chars = chars if chars is not None else list(text)
            width = len(match.group(1))
            for position in (*range(match.start(), match.start() + width), *range(match.end() - width, match.end())):
                chars[position] = " "
    return text if chars is None else "".join(chars)


# UTF-8 quotation marks, dashes and bullets read as Windows-1252 ("â€œ", "â€\x9d", "â€”", "â€¢"), as copy from a
# badly decoded page carries them; a closing mark often lost its last byte ("â€" then a space)
_MOJIBAKE = re.compile("\u00e2\u20ac(?:(?P<open>\u0153)|(?P<close>\x9d|\u009d)|(?P<dash>[\u201d\u201c])|(?P<bullet>\u00a2)"
                       "|(?=[\s.,;:!?)]|$))|(?P<spare>\u00c2)(?=[\u00b7\u00a0])")


def mask_mojibake(text: str) -> str:
    """`text` with garbled quotation marks, dashes and bullets ("â€œ", "â€", "â€”", "â€¢") turned back into one
    mark padded with spaces (same length, so offsets still hold): an opening mark ends its padding, others start it."""
    if "\u00e2\u20ac" not in text and "\u00c2" not in text:
        return text
    def repair(match: re.Match) -> str:
        width = len(match.group())
        if match.group("open"):
            return " " * (width - 1) + "\u201c"
        if match.group("spare"):
            return " "  # "Â·", "Â\u00a0": the first byte of a middle dot or a no-break space
        if match.group("bullet"):
            return "\u2022" + " " * (width - 1)
        if match.group("dash"):
            return " " * (width - 1) + ("\u2014" if match.group("dash") == "\u201d" else "\u2013")
        return "\u201d" + " " * (width - 1)
    return _MOJIBAKE.sub(repair, text)


# what a page's HTML leaves in text pasted from its source: tags ("<p>", "</li>", "<br>"; not "<press@acme.org>")
# and the entities of quotation marks, dashes and spaces ("&ldquo;", "&ndash;", "&nbsp;")
# ("&raquo;" is left: more often a breadcrumb's separator than a quotation mark)
# (a tag in lower case with its attributes, not a chat export's "<Media omitted>")
_HTML_REMNANT = re.compile(r"</?[a-z][a-z0-9]{0,10}(?:\s+[a-z\-]+(?:=(?:\"[^\"<>@\n]{0,80}\"|'[^'<>@\n]{0,80}'|[^\s<>@]{1,80}))?)*\s*/?>"
                           r"|&(?P<entity>ldquo|rdquo|bdquo"
                           r"|quot|ndash|mdash|nbsp|amp|#8220|#8221|#8211|#8212|#160);")
_ENTITY_MARKS = {"ldquo": "\u201c", "bdquo": "\u201c", "#8220": "\u201c", "rdquo": "\u201d", "#8221": "\u201d", "ndash": "\u2013", "#8211": "\u2013", "mdash": "\u2014", "#8212": "\u2014", "amp": "&"}


def mask_html_remnants(text: str) -> str:
    """`text` with leftover HTML tags read as spaces and the entities of quotation marks and dashes as the marks
    themselves, padded with spaces (same length, so offsets still hold): an opening mark ends its padding, a closing
    one starts it, so "<p>&ldquo;We are" opens a quotation at its paragraph's start."""
    if "&" not in text and "<" not in text:
        return text
    def repair(match: re.Match) -> str:
        width, entity = len(match.group()), match.group("entity")
        if entity is None or entity in ("nbsp", "#160"):
            return " " * width
        if entity == "quot":
            after = match.string[match.end(): match.end() + 1]
            return " " * (width - 1) + '"' if after[:1].isalnum() else '"' + " " * (width - 1)
        mark = _ENTITY_MARKS[entity]
        return " " * (width - 1) + mark if mark == "\u201c" else mark + " " * (width - 1)
    return _HTML_REMNANT.sub(repair, text)


# a cable's or telex's spoken quotation marks: "SAID: QUOTE WE CAUGHT THEM ... UNQUOTE"
_SPOKEN_MARKS = re.compile(r"\bQUOTE\s(?=\S)|(?<=\S)\sUNQUOTE\b")
_SPOKEN_OPEN = re.compile(r"\bQUOTE\s(?=\S)")


def mask_spoken_marks(text: str) -> str:
    """`text` with "QUOTE " and " UNQUOTE" read as quotation marks (same length) when both are there."""
    if "UNQUOTE" not in text or not _SPOKEN_OPEN.search(text):
        return text  # ("... rollout UNQUOTE" alone: a word of the text, no mark closing a spoken quotation)
    return _SPOKEN_MARKS.sub(lambda m: "\u201d" + " " * (len(m.group()) - 1) if "UNQUOTE" in m.group()
                             else " " * (len(m.group()) - 1) + "\u201c", text)


def split_blocks(text: str, bullet: re.Pattern) -> list[Block]:
    """Blocks in reading order, with list markers and heading hashes moved out of the content."""
    blocks: list[Block] = []
    blank = True
    previous_line = ""
    width = _wrap_width(text)
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped or stripped == ">":  # a Markdown blockquote's empty line is a blank line
            blank = True
            previous_line = ""
            continue
        lead = len(line) - len(line.lstrip())
        start, end = offset + lead, offset + len(line.rstrip())
        if (blocks and not blank and (_is_wrap(previous_line, line) or _is_full_line(previous_line, width))
                and not bullet.match(stripped) and not _TIME_CODE_LINE.match(stripped)):
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
