"""Speech without quotation marks: dialogue introduced by a dash ("\u2014 We cannot see it, said Ms
Roe.") and an e-mail a story publishes in full under its "From:" header."""

from __future__ import annotations

import re

from .quotes import Quoted, find_quotes
from .segment_common import _is_heading_like, _words

DIALOGUE_DASHES = ("\u2014", "\u2013")
# a comma that may end the spoken words: the attribution clause starts after it
_COMMA = re.compile(r",(?=\s)")
_EMAIL_FROM = re.compile(r"^From:\s*(?P<who>[^<>\n]+?)\s*(?:<[^>\n]*>)?\s*$", re.IGNORECASE)
_EMAIL_FIELD = re.compile(r"^(?:Sent|Date|To|Cc|Bcc|Subject|Re)\s*:", re.IGNORECASE)
# "Subject: [ANNOUNCE] " or "Subject: PRESS RELEASE - ": the field and its tags, before the subject itself
_SUBJECT = re.compile(r"^Subject:\s*(?:(?:\[[^\]\n]{1,30}\]|(?:FW|Fwd|RE):)\s*)*", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:[*\u2022\u00b7]\s*){3,}$|^[-_=\u2014~]{3,}$|^#{3}$")
# "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:"
_FORWARDED = re.compile(r"^-*\s*(?:original message|forwarded message|begin forwarded message)\s*-*:?$", re.IGNORECASE)
_FORWARD_SUBJECT = re.compile(r"^Subject:\s*(?:\[[^\]\n]{1,30}\]\s*)*(?:FW|FWD)\s*:", re.IGNORECASE)
_EMAIL_LOOKAHEAD = 40  # paragraphs an e-mail may run before its sign-off or a separator
_CONJUNCTIONS = {"and", "but", "or", "so", "yet", "because", "while", "although", "if", "when"}


class DialoguePasses:
    """Mixed into the segmenter: paragraphs opened by a dash that carry a speaker's words."""

    def dash_dialogue(self, i: int) -> list[Quoted] | None:
        """The spoken parts of a dash-opened paragraph, as quotations without marks, or None.

        A paragraph is speech when a comma inside it is followed by an attribution clause
        ("..., Mr Roe said in his opening remarks."), or when it follows such a paragraph
        directly (the speaker goes on). A dash list of demands has neither, so it stays a list.
        """
        block = self.blocks[i]
        if block.marker not in DIALOGUE_DASHES or find_quotes(self.text, block.start, block.end):
            return None
        for comma in _COMMA.finditer(self.text, block.start, block.end):
            spoken = Quoted(block.start, block.start, comma.end(), closed=True)
            after = self.attribution_after(_past_the_comma(spoken))
            if after is None or not _speaker_like(after[2]):
                continue  # "..., it is a door, and sooner or later ..., he said.": not yet the clause
            rest = self.text[after[1] : block.end]
            parts = [spoken]
            if rest.strip():
                start = after[1] + len(rest) - len(rest.lstrip())
                parts.append(Quoted(start, start, block.end, closed=True))
            return parts
        if i and self.blocks[i - 1].marker in DIALOGUE_DASHES and self.labels[i - 1] == "quote":
            return [Quoted(block.start, block.start, block.end, closed=True)]
        return None


def _speaker_like(who: str) -> bool:
    """Who an attribution clause names: no clause of its own, no conjunction in front."""
    words = who.split()
    return bool(words) and "," not in who and words[0].lower() not in _CONJUNCTIONS


def _past_the_comma(spoken: Quoted) -> Quoted:
    """`attribution_after` reads from one character past a quotation's end (its closing mark):
    here the comma plays that mark."""
    return Quoted(spoken.open_mark, spoken.start, spoken.end - 1, closed=True)


class EmailPasses:
    """Mixed into the segmenter: an e-mail published in full is its sender's words."""

    def mark_embedded_email(self, lo: int, hi: int):
        """"From: Jo Roe" with its "To:" / "Subject:" lines after the story's own paragraphs: the header
        is furniture and the paragraphs down to the sign-off or a "* * *" separator are Jo Roe's."""
        for i in range(lo, hi):
            sender = _EMAIL_FROM.match(self.btext(i))
            if not sender or i == lo:
                continue
            fields = i + 1
            while fields < hi and _EMAIL_FIELD.match(self.btext(fields)):
                fields += 1
            if not self._names_person(sender.group("who")):
                if fields > i + 1 and _FORWARDED.match(self.btext(i - 1).strip()):
                    # a body's release forwarded in a newsletter: the header is furniture, the release is read as a release
                    for j in range(i - 1, fields):
                        self.set_label(j, "boilerplate")
                    self.forwarded.append(fields)
                continue
            end = self._email_end(fields, hi, sender.group("who"))
            if fields == i + 1 or end is None:
                continue
            speaker = self.book.resolve(sender.group("who"))
            if speaker is None:
                continue
            for j in range(i, fields):
                self.set_label(j, "boilerplate")
            for j in range(fields, end):
                if self.labels[j] is None:
                    self.set_label(j, "quote", speaker)
            return

    def mark_email_header(self):
        """A statement sent as an e-mail: the "From:", "To:", "Date:" lines at its top are furniture, and
        so is "Subject:" (its text the headline when no title line follows before the first paragraph)."""
        top = next((i for i in range(min(3, len(self.blocks))) if _EMAIL_FROM.match(self.btext(i).strip())), None)
        if top is None:
            return
        inner = self._forwarded_header(top)
        if inner is not None:
            # "FW: ..." with the forwarder's note over "-----Original Message-----": the wrapper is
            # furniture, and the forwarded message's own header is read as the header
            for j in range(top, inner):
                self.set_label(j, "boilerplate")
            top = inner
        i = top + 1
        while i < len(self.blocks) and _EMAIL_FIELD.match(self.btext(i).strip()):
            subject = _SUBJECT.match(self.btext(i).strip())
            block = self.blocks[i]
            below = [j for j in range(i + 1, min(i + 4, len(self.blocks)))
                     if not self.rules.is_boilerplate_line(self.btext(j)) and not _EMAIL_FIELD.match(self.btext(j).strip())]
            # a title stands apart, after a blank line ("View this email in your browser" right under it does not)
            titled = bool(below) and self.blocks[below[0]].blank_before and _is_title_line(self.btext(below[0])) and (
                _words(self.btext(below[0])) > 3  # "Hi all" is no title ("Friends of the Earth launches ..." is)
                or not self.rules.letter_salutation.match(self.btext(below[0]).strip().rstrip(",") + ","))
            if subject and not titled and self.btext(i).strip()[subject.end():]:
                label_end = block.start + (len(self.btext(i)) - len(self.btext(i).lstrip())) + subject.end()
                self.pieces[i] = [p for p in (self.piece(block.start, label_end, "boilerplate"),
                                              self.piece(label_end, block.end, "headline")) if p]
                self.labels[i] = "headline"
            else:
                self.set_label(i, "boilerplate")
            i += 1
        if i > top + 1:
            self.set_label(top, "boilerplate")

    def _forwarded_header(self, top: int) -> int | None:
        """The "From:" line under a forwarding separator a few paragraphs below the first header."""
        forwarded = False  # "Subject: FW: ...": a forward (a reply keeps "Original Message" under its own text)
        for k in range(top + 1, min(len(self.blocks) - 1, top + 12)):
            text = self.btext(k).strip()
            forwarded = forwarded or bool(_FORWARD_SUBJECT.match(text))
            separator = _FORWARDED.match(text)
            if separator and (forwarded or "forward" in text.lower()) and _EMAIL_FROM.match(self.btext(k + 1).strip()):
                return k + 1
        return None

    def _email_end(self, lo: int, hi: int, sender: str) -> int | None:
        """The index after the e-mail's last paragraph: its sender's first name signing it, or the
        paragraph before a separator line; None when neither comes soon."""
        first_name = sender.split()[0].lower()
        for j in range(lo, min(hi, lo + _EMAIL_LOOKAHEAD)):
            text = self.btext(j).strip()
            if _SEPARATOR.match(f"{self.blocks[j].marker} {text}".strip()):  # "* * *": its first star is a marker
                return j if j > lo else None
            if text.lower().rstrip(",.") in (first_name, sender.lower()):
                return j + 1
        return None


def _is_title_line(text: str) -> bool:
    """A short line with no full stop at its end: a title under the e-mail header."""
    return _is_heading_like(text) and not text.strip().endswith(",")
